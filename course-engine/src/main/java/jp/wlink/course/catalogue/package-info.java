/**
 * The course catalogue: courses made of ordered units made of ordered lessons, their levels (1 初級
 * to 5 上級) and skills, prerequisites between units, checkpoint settings, and the authoring rules
 * (draft and publish, reorder, what a course needs before learners may see it). Lessons point at
 * question-bank skills for practice; the bank owns the questions.
 */
package jp.wlink.course.catalogue;
