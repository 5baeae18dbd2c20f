package jp.wlink.course.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import jp.wlink.course.adaptive.LearnerSnapshot;
import jp.wlink.course.adaptive.NextActivity;
import jp.wlink.course.adaptive.ScheduledReview;
import jp.wlink.course.adaptive.StudyGoal;
import jp.wlink.course.review.Grade;
import jp.wlink.course.review.ReviewCard;
import jp.wlink.course.review.ReviewScheduler;

/**
 * A learner's state as a loader would hold it after three indexed reads: ability per skill (one row
 * per skill), lessons and checkpoints done, and the earliest review cards. P(correct) is a Rasch
 * prediction from the skill's ability and the item's calibrated difficulty.
 */
final class BenchLearner implements LearnerSnapshot {
  private final Shared shared;
  private final double[] ability;
  private final boolean[] lessonsDone;
  private final boolean[] checkpointsPassed;
  private final List<ScheduledReview> reviews;
  private final StudyGoal goal;
  private final Instant sessionStart;
  private int level;
  private long lastItem;

  BenchLearner(
      Shared shared,
      double[] ability,
      boolean[] lessonsDone,
      boolean[] checkpointsPassed,
      int level,
      List<ScheduledReview> reviews,
      StudyGoal goal,
      long lastItem,
      Instant sessionStart) {
    this.shared = shared;
    this.ability = ability;
    this.lessonsDone = lessonsDone;
    this.checkpointsPassed = checkpointsPassed;
    this.level = level;
    this.reviews = new ArrayList<>(reviews);
    this.goal = goal;
    this.lastItem = lastItem;
    this.sessionStart = sessionStart;
  }

  /** What every learner of the course shares: the item table and the skill index. */
  record Shared(
      GeneratedCourse course,
      double[] difficulty,
      double[] skillMedian,
      Map<String, Integer> skillIndex) {}

  /** When this learner's study session starts: half a day after their last stored answer. */
  Instant sessionStart() {
    return sessionStart;
  }

  /**
   * Does what the policy chose, as the pages would record it: a review is answered and rescheduled,
   * a practice item answered (nudging the skill's ability), a lesson or checkpoint done, a
   * promotion taken.
   */
  void follow(NextActivity next, Instant at, ReviewScheduler scheduler, SplittableRandom random) {
    switch (next.kind()) {
      case REVIEW -> review(next.targetId(), at, scheduler, random);
      case PRACTICE -> practise(next.targetId(), random);
      case LESSON -> lessonsDone[(int) (next.targetId() - shared.course().lessonId(0, 0))] = true;
      case CHECKPOINT ->
          checkpointsPassed[(int) (next.targetId() - shared.course().checkpointId(0))] = true;
      case PROMOTION -> level++;
      case NONE -> {}
    }
  }

  private void review(long itemId, Instant at, ReviewScheduler scheduler, SplittableRandom random) {
    for (int i = 0; i < reviews.size(); i++) {
      ScheduledReview review = reviews.get(i);
      if (review.itemId() == itemId) {
        Grade grade = random.nextDouble() < probabilityCorrect(itemId) ? Grade.GOOD : Grade.AGAIN;
        ReviewCard card = scheduler.review(review.card(), grade, at);
        reviews.set(i, new ScheduledReview(itemId, review.skillId(), card));
      }
    }
    lastItem = itemId;
  }

  private void practise(long itemId, SplittableRandom random) {
    int skill = shared.course().itemSkill[(int) itemId - 1];
    ability[skill] += random.nextDouble() < probabilityCorrect(itemId) ? 0.05 : -0.02;
    lastItem = itemId;
  }

  @Override
  public double mastery(String skillId) {
    Integer skill = shared.skillIndex().get(skillId);
    return skill == null ? 0 : logistic(ability[skill] - shared.skillMedian()[skill]);
  }

  @Override
  public double probabilityCorrect(long itemId) {
    int item = (int) itemId - 1;
    return logistic(ability[shared.course().itemSkill[item]] - shared.difficulty()[item]);
  }

  @Override
  public boolean lessonCompleted(long lessonId) {
    return lessonsDone[(int) (lessonId - shared.course().lessonId(0, 0))];
  }

  @Override
  public boolean checkpointPassed(long checkpointId) {
    return checkpointsPassed[(int) (checkpointId - shared.course().checkpointId(0))];
  }

  @Override
  public int level() {
    return level;
  }

  @Override
  public List<ScheduledReview> reviews() {
    return reviews;
  }

  @Override
  public OptionalLong lastItemId() {
    return lastItem > 0 ? OptionalLong.of(lastItem) : OptionalLong.empty();
  }

  @Override
  public Optional<StudyGoal> goal() {
    return Optional.ofNullable(goal);
  }

  static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
