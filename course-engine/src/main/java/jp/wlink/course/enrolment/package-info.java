/**
 * Enrolment: a learner's place on a course, by their own choice or by their organisation's admin
 * (singly, or in bulk from an Excel or CSV list of e-mail addresses that is checked in full before
 * anything is written), with an optional deadline, and withdrawal. Also the learner's study record
 * on the course: lessons completed, checkpoints passed and time studied, each with its time, and
 * the running totals on the enrolment that the training officer's table reads.
 */
package jp.wlink.course.enrolment;
