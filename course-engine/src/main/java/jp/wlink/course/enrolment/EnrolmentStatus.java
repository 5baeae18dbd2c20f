package jp.wlink.course.enrolment;

/** Where an enrolment stands. A withdrawn learner who enrols again continues where they left. */
public enum EnrolmentStatus {
  ACTIVE,
  COMPLETED,
  WITHDRAWN
}
