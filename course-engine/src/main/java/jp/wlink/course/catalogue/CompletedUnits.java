package jp.wlink.course.catalogue;

import java.util.Set;

/**
 * Which units of a course a learner has completed, so that pages can show units as open or locked
 * by their prerequisites. The catalogue does not track progress; the enrolment feature answers from
 * each learner's study record.
 */
public interface CompletedUnits {
  Set<Long> of(long learnerId, long courseId);
}
