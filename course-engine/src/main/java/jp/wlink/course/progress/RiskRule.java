package jp.wlink.course.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Flags active enrolments at risk: {@link Risk#INACTIVE} after {@code inactiveDays} days without
 * study (counted from enrolment when nothing was studied yet), and {@link Risk#BEHIND_PACE} once
 * {@link Pace#onPaceUntil} has passed. Completed and withdrawn enrolments are never at risk. The
 * officer's table asks the same two questions in SQL with {@link #inactiveSince}.
 */
public record RiskRule(int inactiveDays) {
  public static final int DEFAULT_INACTIVE_DAYS = 14;

  public RiskRule {
    if (inactiveDays < 1 || inactiveDays > 365) {
      throw new IllegalArgumentException("Inactivity is counted in 1 to 365 days");
    }
  }

  /** Activity before this moment counts as inactive now. */
  public Instant inactiveSince(Instant now) {
    return now.minus(Duration.ofDays(inactiveDays));
  }

  public Set<Risk> assess(
      boolean active,
      Instant enrolledAt,
      Optional<Instant> lastActivity,
      Optional<Instant> onPaceUntil,
      Instant now) {
    Objects.requireNonNull(enrolledAt);
    Set<Risk> risks = EnumSet.noneOf(Risk.class);
    if (!active) {
      return risks;
    }
    if (lastActivity.orElse(enrolledAt).isBefore(inactiveSince(now))) {
      risks.add(Risk.INACTIVE);
    }
    if (onPaceUntil.isPresent() && onPaceUntil.get().isBefore(now)) {
      risks.add(Risk.BEHIND_PACE);
    }
    return risks;
  }
}
