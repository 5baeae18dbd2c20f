package jp.wlink.course.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reviews a card with a grade: updates its memory with FSRS-6 and chooses its next due time. New
 * and lapsed cards go through short learning steps first; a card in review comes back when its
 * retrievability is predicted to fall to the desired retention, in whole days, at least one day and
 * at most the maximum interval.
 */
public final class ReviewScheduler {
  private final MemoryModel model;
  private final SchedulerSettings settings;
  private final IntervalFuzz fuzz;

  public ReviewScheduler(MemoryModel model, SchedulerSettings settings) {
    this.model = Objects.requireNonNull(model, "model");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.fuzz = new IntervalFuzz(settings.fuzzSeed());
  }

  /** FSRS-6's default weights and {@link SchedulerSettings#defaults()}. */
  public static ReviewScheduler defaults() {
    return new ReviewScheduler(MemoryModel.defaults(), SchedulerSettings.defaults());
  }

  public MemoryModel model() {
    return model;
  }

  public SchedulerSettings settings() {
    return settings;
  }

  /** The card after the learner graded it at {@code at}. */
  public ReviewCard review(ReviewCard card, Grade grade, Instant at) {
    long elapsed = elapsedDays(card, at);
    MemoryState memory =
        card.state() == CardState.NEW
            ? model.initial(grade)
            : model.next(card.memory(), elapsed, grade);

    Next next = nextStep(card, grade, memory.stability(), elapsed, at);

    int lapses = card.lapses() + (card.state() == CardState.REVIEW && grade == Grade.AGAIN ? 1 : 0);
    return new ReviewCard(
        next.state(),
        next.step(),
        memory.stability(),
        memory.difficulty(),
        at.plus(next.delay()),
        at,
        card.reps() + 1,
        lapses);
  }

  /** The card's probability of recall at {@code at}; 0 for a card never reviewed. */
  public double retrievability(ReviewCard card, Instant at) {
    if (card.state() == CardState.NEW) {
      return 0;
    }
    return model.retrievability(elapsedDays(card, at), card.stability());
  }

  /** The unfuzzed review interval for a stability: rounded, at least 1, at most the maximum. */
  public int intervalDays(double stability) {
    double days = model.intervalDays(stability, settings.desiredRetention());
    long rounded = Math.round(days);
    return (int) Math.min(Math.max(rounded, 1), settings.maximumIntervalDays());
  }

  private Next nextStep(ReviewCard card, Grade grade, double stability, long elapsed, Instant at) {
    Graduation graduation = () -> graduate(stability, elapsed, at, card.reps());
    return switch (card.state()) {
      case NEW -> learningStep(settings.learningSteps(), CardState.LEARNING, 0, grade, graduation);
      case LEARNING ->
          learningStep(
              settings.learningSteps(), CardState.LEARNING, card.step(), grade, graduation);
      case RELEARNING ->
          learningStep(
              settings.relearningSteps(), CardState.RELEARNING, card.step(), grade, graduation);
      case REVIEW -> afterReview(grade, graduation);
    };
  }

  // LIMITATION: Hard, Good and Easy intervals are not forced into rising order as ts-fsrs does
  // when it previews all four buttons; W/LINK grades answers and never shows the four choices.
  private Next afterReview(Grade grade, Graduation graduation) {
    List<Duration> relearning = settings.relearningSteps();
    if (grade == Grade.AGAIN && !relearning.isEmpty()) {
      return new Next(CardState.RELEARNING, 0, relearning.get(0));
    }
    return graduation.next();
  }

  private static Next learningStep(
      List<Duration> steps, CardState state, int step, Grade grade, Graduation graduation) {
    if (steps.isEmpty() || (step >= steps.size() && grade != Grade.AGAIN)) {
      return graduation.next();
    }
    return switch (grade) {
      case AGAIN -> new Next(state, 0, steps.get(0));
      case HARD -> new Next(state, step, hardWait(steps, step));
      case GOOD ->
          step + 1 >= steps.size()
              ? graduation.next()
              : new Next(state, step + 1, steps.get(step + 1));
      case EASY -> graduation.next();
    };
  }

  /** Hard repeats the current step; on the first step it waits between the first two. */
  private static Duration hardWait(List<Duration> steps, int step) {
    if (step > 0) {
      return steps.get(step);
    }
    if (steps.size() == 1) {
      return steps.get(0).multipliedBy(3).dividedBy(2);
    }
    return steps.get(0).plus(steps.get(1)).dividedBy(2);
  }

  private Next graduate(double stability, long elapsed, Instant at, int reps) {
    int days = intervalDays(stability);
    if (settings.fuzz()) {
      long salt = at.toEpochMilli() * 31 + reps;
      days = fuzz.apply(days, elapsed, settings.maximumIntervalDays(), salt);
    }
    return new Next(CardState.REVIEW, 0, Duration.ofDays(days));
  }

  // LIMITATION: days are whole 24-hour periods since the last review, not calendar days in the
  // learner's zone with a rollover hour as Anki counts them; 23:00 then 07:00 is the same day.
  private static long elapsedDays(ReviewCard card, Instant at) {
    return card.lastReviewed().map(last -> Duration.between(last, at).toDays()).orElse(0L);
  }

  private record Next(CardState state, int step, Duration delay) {}

  @FunctionalInterface
  private interface Graduation {
    Next next();
  }
}
