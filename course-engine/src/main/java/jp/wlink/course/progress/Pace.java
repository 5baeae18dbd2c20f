package jp.wlink.course.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The even pace from enrolment to deadline: by any moment, the share of lessons a learner should
 * have done is the share of the time gone. A learner is behind when their share of lessons done is
 * more than {@link #TOLERANCE} below it, or when the deadline has passed before completion.
 *
 * <p>Since the expected share only grows with time, being behind is a moment, not a state: {@link
 * #onPaceUntil} is when the learner falls behind unless they study on. It changes only when they
 * complete a lesson or the deadline changes, so it is stored with the enrolment and a query asks
 * {@code on_pace_until < now} instead of redoing this arithmetic for every learner.
 */
public final class Pace {
  /** Ten percentage points of slack, so that a learner one lesson behind is not flagged. */
  public static final double TOLERANCE = 0.10;

  /** Deadlines are days in Japan; a deadline ends at the midnight after it. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private Pace() {}

  /** The moment the learner falls behind, or empty without a deadline or once complete. */
  public static Optional<Instant> onPaceUntil(
      Instant enrolledAt, Optional<LocalDate> deadline, double lessonShare, boolean complete) {
    if (deadline.isEmpty() || complete) {
      return Optional.empty();
    }
    Instant end = endOf(deadline.get());
    long span = Math.max(0, Duration.between(enrolledAt, end).toMillis());
    double allowed = Math.min(1.0, lessonShare + TOLERANCE);
    Instant behindAt = enrolledAt.plusMillis((long) (span * allowed));
    return Optional.of(behindAt.isAfter(end) ? end : behindAt);
  }

  /** The share of the time from enrolment to deadline gone by {@code now}, 0 to 1. */
  public static double expectedShare(Instant enrolledAt, LocalDate deadline, Instant now) {
    long span = Duration.between(enrolledAt, endOf(deadline)).toMillis();
    if (span <= 0) {
      return 1;
    }
    long gone = Duration.between(enrolledAt, now).toMillis();
    return Math.max(0, Math.min(1, (double) gone / span));
  }

  static Instant endOf(LocalDate deadline) {
    return deadline.plusDays(1).atStartOfDay(JAPAN).toInstant();
  }
}
