package jp.wlink.course.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewSchedulerTest {
  private static final Instant START = Instant.parse("2022-12-29T03:30:00Z");

  private final ReviewScheduler scheduler = ReviewScheduler.defaults();

  @Test
  void aNewCardGoesThroughLearningStepsUnlessItWasEasy() {
    ReviewCard fresh = ReviewCard.fresh(START);

    assertThat(scheduler.review(fresh, Grade.AGAIN, START).due()).isEqualTo(START.plusSeconds(60));
    assertThat(scheduler.review(fresh, Grade.HARD, START).due()).isEqualTo(START.plusSeconds(330));
    assertThat(scheduler.review(fresh, Grade.GOOD, START).due()).isEqualTo(START.plusSeconds(600));
    assertThat(scheduler.review(fresh, Grade.GOOD, START).state()).isEqualTo(CardState.LEARNING);

    ReviewCard easy = scheduler.review(fresh, Grade.EASY, START);
    assertThat(easy.state()).isEqualTo(CardState.REVIEW);
    assertThat(easy.scheduledDays()).isEqualTo(8);
    assertThat(easy.reps()).isEqualTo(1);
  }

  @Test
  void aFixedRatingSequenceGivesTheReferenceIntervals() {
    List<Long> intervals = intervals(scheduler, reference());

    assertThat(intervals)
        .containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
  }

  @Test
  void theIntervalIsWhereRetrievabilityReachesTheDesiredRetention() {
    ReviewCard card = scheduler.review(ReviewCard.fresh(START), Grade.EASY, START);

    double atDue = scheduler.retrievability(card, card.due());

    assertThat(atDue).isCloseTo(0.9024733, within(1e-6));
    assertThat(scheduler.intervalDays(card.stability())).isEqualTo(Math.round(8.2956));
  }

  @Test
  void aLapseCountsAndSendsTheCardToRelearning() {
    ReviewCard card = scheduler.review(ReviewCard.fresh(START), Grade.EASY, START);

    ReviewCard lapsed = scheduler.review(card, Grade.AGAIN, card.due());

    assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
    assertThat(lapsed.lapses()).isEqualTo(1);
    assertThat(lapsed.stability()).isLessThan(card.stability());
    assertThat(lapsed.due()).isEqualTo(card.due().plus(Duration.ofMinutes(10)));
  }

  @Test
  void noIntervalExceedsTheMaximum() {
    ReviewScheduler capped =
        new ReviewScheduler(
            MemoryModel.defaults(), SchedulerSettings.defaults().withMaximumIntervalDays(30));

    assertThat(intervals(capped, reference()))
        .allSatisfy(days -> assertThat(days).isLessThanOrEqualTo(30));
    assertThat(intervals(capped, reference())).contains(30L);
  }

  @Test
  void aHigherDesiredRetentionGivesShorterIntervals() {
    ReviewScheduler strict =
        new ReviewScheduler(
            MemoryModel.defaults(), SchedulerSettings.defaults().withDesiredRetention(0.95));

    assertThat(strict.intervalDays(100)).isLessThan(scheduler.intervalDays(100));
    assertThat(scheduler.intervalDays(100)).isEqualTo(100);
  }

  @Test
  void fuzzIsTheSameForTheSameSeedAndStaysNearTheInterval() {
    ReviewScheduler fuzzed = withFuzz(42);

    assertThat(intervals(fuzzed, reference())).isEqualTo(intervals(withFuzz(42), reference()));

    ReviewCard card = ReviewCard.fresh(START);
    for (Grade grade : reference()) {
      card = fuzzed.review(card, grade, card.due());
      if (card.state() == CardState.REVIEW) {
        long unfuzzed = fuzzed.intervalDays(card.stability());
        assertThat(card.scheduledDays()).isCloseTo(unfuzzed, within(2 + unfuzzed * 6 / 100));
      }
    }
  }

  @Test
  void fuzzSpreadsIntervalsOverSeveralDaysAcrossSeeds() {
    Set<Long> seen = new HashSet<>();

    for (long seed = 0; seed < 40; seed++) {
      ReviewScheduler fuzzed = withFuzz(seed);
      ReviewCard card = fuzzed.review(ReviewCard.fresh(START), Grade.EASY, START);
      card = fuzzed.review(card, Grade.GOOD, card.due());
      seen.add(card.scheduledDays());
    }

    assertThat(seen).hasSizeGreaterThan(2);
  }

  @Test
  void questionItemsAnsweredRightGoStraightToReviewAndWrongOnesComeBackInTenMinutes() {
    ReviewScheduler items =
        new ReviewScheduler(MemoryModel.defaults(), SchedulerSettings.forQuestionItems());
    ReviewCard fresh = ReviewCard.fresh(START);

    ReviewCard right = items.review(fresh, Grade.GOOD, START);
    ReviewCard wrong = items.review(fresh, Grade.AGAIN, START);

    assertThat(right.state()).isEqualTo(CardState.REVIEW);
    assertThat(right.scheduledDays()).isEqualTo(2);
    assertThat(wrong.state()).isEqualTo(CardState.LEARNING);
    assertThat(wrong.due()).isEqualTo(START.plus(Duration.ofMinutes(10)));
  }

  private static ReviewScheduler withFuzz(long seed) {
    return new ReviewScheduler(MemoryModel.defaults(), SchedulerSettings.defaults().withFuzz(seed));
  }

  private static List<Grade> reference() {
    List<Grade> grades = new ArrayList<>();
    grades.addAll(List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD));
    grades.addAll(List.of(Grade.AGAIN, Grade.AGAIN));
    grades.addAll(List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD));
    return grades;
  }

  /** Reviews each grade exactly when the card falls due; the scheduled days of each review. */
  private static List<Long> intervals(ReviewScheduler scheduler, List<Grade> grades) {
    ReviewCard card = ReviewCard.fresh(START);
    Instant now = START;
    List<Long> intervals = new ArrayList<>();
    for (Grade grade : grades) {
      card = scheduler.review(card, grade, now);
      intervals.add(card.scheduledDays());
      now = card.due();
    }
    return intervals;
  }
}
