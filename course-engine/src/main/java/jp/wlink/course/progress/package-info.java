/**
 * Progress: the rules that read a learner's study record on a course. When the course is complete
 * ({@link jp.wlink.course.progress.CompletionRule}), whether the learner keeps the pace their
 * deadline asks for ({@link jp.wlink.course.progress.Pace}), whether a training officer should look
 * at them ({@link jp.wlink.course.progress.RiskRule}), and their study streak.
 */
package jp.wlink.course.progress;
