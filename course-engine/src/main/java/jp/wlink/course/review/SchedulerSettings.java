package jp.wlink.course.review;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the scheduler turns memory into due times. Invariant: desired retention strictly between 0
 * and 1, a maximum interval of at least one day, steps positive and shorter than a day.
 *
 * @param desiredRetention the probability of recall a review is scheduled at (0.9 by default)
 * @param maximumIntervalDays the longest interval between two reviews
 * @param learningSteps the short waits of a new card before it enters long-term review
 * @param relearningSteps the short waits after a lapse
 * @param fuzz whether review intervals of three days or more are spread a little, so that cards
 *     learnt together do not stay due together
 * @param fuzzSeed the seed of the spread; the same seed, card and time give the same interval
 */
public record SchedulerSettings(
    double desiredRetention,
    int maximumIntervalDays,
    List<Duration> learningSteps,
    List<Duration> relearningSteps,
    boolean fuzz,
    long fuzzSeed) {

  public SchedulerSettings {
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException("desired retention must lie strictly between 0 and 1");
    }
    if (maximumIntervalDays < 1) {
      throw new IllegalArgumentException("the maximum interval must be at least one day");
    }
    learningSteps = checkedSteps(learningSteps);
    relearningSteps = checkedSteps(relearningSteps);
  }

  /** Retention 0.9, at most 36,500 days, steps of 1 and 10 minutes, 10 after a lapse, no fuzz. */
  public static SchedulerSettings defaults() {
    return new SchedulerSettings(
        0.9,
        36_500,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
        List.of(Duration.ofMinutes(10)),
        false,
        0);
  }

  /**
   * For question items met in practice: a wrong first answer comes back after 10 minutes, a right
   * one goes straight to review (about two days for Good); a lapse comes back after 10 minutes; at
   * most a year between reviews, since certification preparation rarely spans longer and questions
   * are revised; no fuzz. Retention 0.9.
   */
  public static SchedulerSettings forQuestionItems() {
    return new SchedulerSettings(
        0.9, 365, List.of(Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), false, 0);
  }

  public SchedulerSettings withMaximumIntervalDays(int days) {
    return new SchedulerSettings(
        desiredRetention, days, learningSteps, relearningSteps, fuzz, fuzzSeed);
  }

  public SchedulerSettings withFuzz(long seed) {
    return new SchedulerSettings(
        desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, true, seed);
  }

  public SchedulerSettings withDesiredRetention(double retention) {
    return new SchedulerSettings(
        retention, maximumIntervalDays, learningSteps, relearningSteps, fuzz, fuzzSeed);
  }

  private static List<Duration> checkedSteps(List<Duration> steps) {
    List<Duration> copy = List.copyOf(Objects.requireNonNull(steps, "steps"));
    for (Duration step : copy) {
      if (step.isNegative() || step.isZero() || step.compareTo(Duration.ofDays(1)) >= 0) {
        throw new IllegalArgumentException("a step must be positive and shorter than a day");
      }
    }
    return copy;
  }
}
