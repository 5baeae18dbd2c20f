/**
 * Enrolment pages: a training officer enrols their organisation's staff on a course, one address at
 * a time or from an Excel or CSV list that is checked row by row and written only when they
 * confirm; a learner enrols themselves and withdraws.
 */
package jp.wlink.web.courses.enrolment;
