/**
 * A learner's study goal (the certification they prepare for and its exam date) and how ready they
 * are for it: the days left and an estimate from the mastery of the certification's skills and
 * their mock-exam results ({@link jp.wlink.course.goal.ExamReadiness}).
 */
package jp.wlink.course.goal;
