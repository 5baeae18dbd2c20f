package jp.wlink.course.adaptive;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import jp.wlink.course.review.CardState;
import jp.wlink.course.review.ReviewCard;

/** A learner for policy tests, built step by step; P(correct) is given per item. */
class LearnerFixture implements LearnerSnapshot {
  private final Map<String, Double> mastery = new HashMap<>();
  private final Map<Long, Double> probabilities = new HashMap<>();
  private final Set<Long> lessons = new HashSet<>();
  private final Set<Long> checkpoints = new HashSet<>();
  private final List<ScheduledReview> reviews = new ArrayList<>();
  private int level = 1;
  private Long lastItem;
  private StudyGoal goal;

  static LearnerFixture learner() {
    return new LearnerFixture();
  }

  LearnerFixture mastering(String skill, double value) {
    mastery.put(skill, value);
    return this;
  }

  LearnerFixture predicting(long itemId, double probability) {
    probabilities.put(itemId, probability);
    return this;
  }

  LearnerFixture done(long... lessonIds) {
    for (long id : lessonIds) {
      lessons.add(id);
    }
    return this;
  }

  LearnerFixture passed(long checkpointId) {
    checkpoints.add(checkpointId);
    return this;
  }

  LearnerFixture atLevel(int value) {
    level = value;
    return this;
  }

  LearnerFixture lastShown(long itemId) {
    lastItem = itemId;
    return this;
  }

  LearnerFixture aiming(String certification, LocalDate examDate, String... skills) {
    goal = new StudyGoal(certification, Set.of(skills), examDate);
    return this;
  }

  /** A card in review, reviewed {@code daysAgo} with {@code stability}, due {@code due}. */
  LearnerFixture reviewing(long itemId, String skill, double stability, Instant last, Instant due) {
    ReviewCard card = new ReviewCard(CardState.REVIEW, 0, stability, 5, due, last, 3, 0);
    reviews.add(new ScheduledReview(itemId, skill, card));
    return this;
  }

  LearnerFixture reviewingDue(long itemId, String skill, Instant now, int daysOverdue) {
    Instant due = now.minus(Duration.ofDays(daysOverdue));
    return reviewing(itemId, skill, 5, due.minus(Duration.ofDays(5)), due);
  }

  @Override
  public double mastery(String skillId) {
    return mastery.getOrDefault(skillId, 0.0);
  }

  @Override
  public double probabilityCorrect(long itemId) {
    return probabilities.getOrDefault(itemId, 0.5);
  }

  @Override
  public boolean lessonCompleted(long lessonId) {
    return lessons.contains(lessonId);
  }

  @Override
  public boolean checkpointPassed(long checkpointId) {
    return checkpoints.contains(checkpointId);
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
    return lastItem == null ? OptionalLong.empty() : OptionalLong.of(lastItem);
  }

  @Override
  public Optional<StudyGoal> goal() {
    return Optional.ofNullable(goal);
  }
}
