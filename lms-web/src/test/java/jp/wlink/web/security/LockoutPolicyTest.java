package jp.wlink.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {
  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofSeconds(30));

  @Test
  void allowsTheFirstFailuresWithoutALock() {
    assertThat(policy.lockAfter(4, NOW)).isEmpty();
  }

  @Test
  void locksAtTheLimitAndDoublesWithEachFurtherFailure() {
    assertThat(policy.lockAfter(5, NOW)).contains(NOW.plusSeconds(30));
    assertThat(policy.lockAfter(6, NOW)).contains(NOW.plusSeconds(60));
    assertThat(policy.lockAfter(8, NOW)).contains(NOW.plusSeconds(240));
  }

  @Test
  void neverLocksForMoreThanAnHour() {
    assertThat(policy.lockAfter(50, NOW)).contains(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void forgetsFailuresAfterADay() {
    assertThat(policy.remembers(NOW.minus(Duration.ofHours(23)), NOW)).isTrue();
    assertThat(policy.remembers(NOW.minus(Duration.ofHours(25)), NOW)).isFalse();
  }

  @Test
  void refusesAPolicyWithoutTriesOrLock() {
    assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
