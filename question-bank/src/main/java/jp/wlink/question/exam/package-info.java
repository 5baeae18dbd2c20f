/**
 * Mock exams and practice quizzes: assembly from a blueprint, attempts whose every answer is saved
 * as it changes, the server's clock and deadline, submission and scoring.
 */
package jp.wlink.question.exam;
