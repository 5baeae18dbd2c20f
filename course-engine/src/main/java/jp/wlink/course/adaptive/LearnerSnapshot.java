package jp.wlink.course.adaptive;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the policy needs to know about one learner at one moment. Implementations are read-only
 * views loaded for one choice; every method must be cheap (a lookup, not a query), since the policy
 * calls {@link #mastery} for each skill and {@link #probabilityCorrect} a few dozen times.
 */
public interface LearnerSnapshot {

  /** The learner model's mastery of a skill, 0 to 1; 0 for a skill it knows nothing about. */
  double mastery(String skillId);

  /**
   * The predicted probability of answering an item correctly. Within one skill it must not rise
   * with the item's difficulty in the course map, which the practice search relies on.
   */
  double probabilityCorrect(long itemId);

  boolean lessonCompleted(long lessonId);

  boolean checkpointPassed(long checkpointId);

  /** The learner's current level in the course, 1 to 5. */
  int level();

  /**
   * The learner's review cards that fall due first, earliest first; a few dozen are enough, since
   * only due cards and cards due before an exam are ever chosen. Cards due later than any card that
   * could be chosen may be left out.
   */
  List<ScheduledReview> reviews();

  /** The question item shown last, if any, which must not be shown again straight away. */
  OptionalLong lastItemId();

  Optional<StudyGoal> goal();
}
