/**
 * A study group's weekly study plan: from a certification blueprint's subjects, the plan's start
 * and the exam date, which subjects to practise and how many questions in each week, with the last
 * week(s) for review and full mock exams ({@link jp.wlink.course.groups.plan.StudyPlanner}). Pure
 * Java without persistence, so the rule is testable and a stored plan is the owner's to edit.
 */
package jp.wlink.course.groups.plan;
