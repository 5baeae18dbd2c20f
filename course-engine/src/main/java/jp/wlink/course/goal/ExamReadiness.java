package jp.wlink.course.goal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import jp.wlink.question.exam.MockExamScore;

/**
 * The readiness estimate shown beside a study goal: how close, from 0 to 100%, the learner is to
 * passing the certification's exam, from two kinds of evidence.
 *
 * <ul>
 *   <li>Mastery M: the mean over the certification's skills of {@code min(1, mastery / t)}, with
 *       {@code t} the mastery threshold, so a skill counts fully once it is mastered and a skill
 *       never practised counts zero.
 *   <li>Mock exams K: the mean over the latest {@value #MOCK_EXAMS_COUNTED} mock exams of {@code
 *       min(1, share / passShare)}, the points scored against the points the pass line asks for, so
 *       an exam at or above the pass line counts fully.
 *   <li>Readiness {@code R = w·K + (1 − w)·M} with {@code w = n / (n + 1)} for n mock exams
 *       counted: one mock exam weighs as much as all the mastery, three weigh three quarters, since
 *       a sitting of the real format is the closer evidence. Without mock exams R is M alone;
 *       without skills R is K alone; with neither it is 0.
 * </ul>
 *
 * Days to the exam are calendar days: 0 on the exam day and negative once it has passed, when the
 * estimate is still given but the goal wants a new date. Pure and thread-safe.
 */
public final class ExamReadiness {
  /** How many of the latest mock exams count. */
  public static final int MOCK_EXAMS_COUNTED = 3;

  private final double masteryThreshold;

  public ExamReadiness(double masteryThreshold) {
    if (!(masteryThreshold > 0 && masteryThreshold <= 1)) {
      throw new IllegalArgumentException("the mastery threshold must lie in (0, 1]");
    }
    this.masteryThreshold = masteryThreshold;
  }

  /**
   * The estimate from the mastery of each of the certification's skills (0–1) and the mock exams
   * latest first (only the first {@value #MOCK_EXAMS_COUNTED} count), on {@code today}.
   */
  public Readiness estimate(
      List<Double> masteries, List<MockExamScore> mocks, LocalDate today, LocalDate examDate) {
    long days = ChronoUnit.DAYS.between(today, examDate);
    List<MockExamScore> counted = mocks.subList(0, Math.min(mocks.size(), MOCK_EXAMS_COUNTED));
    double mastery =
        masteries.stream().mapToDouble(m -> Math.min(1, m / masteryThreshold)).average().orElse(0);
    double mock = counted.stream().mapToDouble(ExamReadiness::toPassLine).average().orElse(0);

    double weight = counted.size() / (counted.size() + 1.0);
    double readiness;
    if (masteries.isEmpty()) {
      readiness = mock;
    } else {
      readiness = weight * mock + (1 - weight) * mastery;
    }
    return new Readiness(
        days,
        percent(readiness),
        masteries.isEmpty() ? OptionalInt.empty() : OptionalInt.of(percent(mastery)),
        counted.isEmpty() ? OptionalInt.empty() : OptionalInt.of(percent(mock)),
        counted.size());
  }

  private static double toPassLine(MockExamScore score) {
    if (score.passed() || score.passShare() <= 0) {
      return 1;
    }
    return Math.min(1, Math.max(0, score.share() / score.passShare()));
  }

  private static int percent(double share) {
    return (int) Math.round(share * 100);
  }
}
