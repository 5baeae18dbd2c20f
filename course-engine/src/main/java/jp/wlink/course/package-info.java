/**
 * The course engine: courses, levels, enrolment, the learner model and study groups. It asks the
 * question bank for question content and never renders pages.
 */
package jp.wlink.course;
