/**
 * Mock exams and practice quizzes as learners take them: starting, the exam page with its answers
 * saved as they change, the result with its review, the REST API under {@code /api/v1/attempts},
 * the sweep that submits overdue attempts, essay grading, item analysis and blueprint editing.
 */
package jp.wlink.web.exams;
