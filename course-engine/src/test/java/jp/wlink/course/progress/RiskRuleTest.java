package jp.wlink.course.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskRuleTest {
  private static final Instant ENROLLED = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
  private final RiskRule rule = new RiskRule(14);

  @Test
  void flagsALearnerWithoutStudyForLongerThanTheLimit() {
    Instant lastStudy = NOW.minus(Duration.ofDays(15));

    assertThat(rule.assess(true, ENROLLED, Optional.of(lastStudy), Optional.empty(), NOW))
        .containsExactly(Risk.INACTIVE);
    assertThat(
            rule.assess(
                true, ENROLLED, Optional.of(NOW.minus(Duration.ofDays(13))), Optional.empty(), NOW))
        .isEmpty();
  }

  @Test
  void countsInactivityFromEnrolmentWhenNothingWasStudied() {
    Instant enrolledRecently = NOW.minus(Duration.ofDays(3));

    assertThat(rule.assess(true, enrolledRecently, Optional.empty(), Optional.empty(), NOW))
        .isEmpty();
    assertThat(rule.assess(true, ENROLLED, Optional.empty(), Optional.empty(), NOW))
        .containsExactly(Risk.INACTIVE);
  }

  @Test
  void flagsALearnerBehindTheDeadlinesPace() {
    LocalDate deadline = LocalDate.of(2026, 12, 31);
    Optional<Instant> onPaceUntil = Pace.onPaceUntil(ENROLLED, Optional.of(deadline), 0.3, false);

    assertThat(rule.assess(true, ENROLLED, Optional.of(NOW), onPaceUntil, NOW))
        .containsExactly(Risk.BEHIND_PACE);
  }

  @Test
  void neverFlagsACompletedOrWithdrawnEnrolment() {
    assertThat(rule.assess(false, ENROLLED, Optional.empty(), Optional.of(ENROLLED), NOW))
        .isEmpty();
  }

  @Test
  void paceFollowsTheShareOfTimeGoneWithTenPointsOfSlack() {
    LocalDate deadline = LocalDate.of(2026, 12, 31);
    Instant end = Pace.endOf(deadline);

    Instant halfDone = Pace.onPaceUntil(ENROLLED, Optional.of(deadline), 0.5, false).orElseThrow();

    assertThat(Pace.expectedShare(ENROLLED, deadline, halfDone)).isCloseTo(0.6, within());
    assertThat(Pace.onPaceUntil(ENROLLED, Optional.of(deadline), 0.95, false)).contains(end);
    assertThat(Pace.onPaceUntil(ENROLLED, Optional.of(deadline), 1.0, true)).isEmpty();
    assertThat(Pace.onPaceUntil(ENROLLED, Optional.empty(), 0.0, false)).isEmpty();
  }

  @Test
  void theDeadlineEndsAtMidnightInJapan() {
    assertThat(Pace.endOf(LocalDate.of(2026, 12, 31)))
        .isEqualTo(Instant.parse("2026-12-31T15:00:00Z"));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }
}
