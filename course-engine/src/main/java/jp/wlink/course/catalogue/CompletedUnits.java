package jp.wlink.course.catalogue;

import java.util.Set;

/**
 * Which units of a course a learner has completed, so that pages can show units as open or locked
 * by their prerequisites. The catalogue does not track progress: {@link NoCompletedUnits} answers
 * until the progress feature provides a bean of this type as an {@code @Alternative} with a
 * {@code @Priority}.
 */
public interface CompletedUnits {
  Set<Long> of(long learnerId, long courseId);
}
