package jp.wlink.course.enrolment;

/** A learner's enrolment has just met its course's completion rule; fired once per enrolment. */
public record CourseCompleted(long enrolmentId, long learnerId, long courseId) {}
