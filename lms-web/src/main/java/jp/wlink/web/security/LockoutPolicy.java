package jp.wlink.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a login subject (an account or an address) is locked after failed attempts: nothing for
 * the first few, then a lock that doubles with each further failure, up to one hour. Failures older
 * than a day are forgotten.
 */
public record LockoutPolicy(int allowedFailures, Duration firstLock) {
  static final Duration LONGEST_LOCK = Duration.ofHours(1);
  static final Duration MEMORY = Duration.ofDays(1);

  public LockoutPolicy {
    if (allowedFailures < 1 || firstLock.isNegative() || firstLock.isZero()) {
      throw new IllegalArgumentException("A lockout needs at least one try and a positive lock");
    }
  }

  /** The lock that follows the given number of consecutive failures, if any. */
  public Optional<Instant> lockAfter(int failures, Instant now) {
    int beyond = failures - allowedFailures;
    if (beyond < 0) {
      return Optional.empty();
    }
    Duration lock = firstLock.multipliedBy(1L << Math.min(beyond, 20));
    return Optional.of(now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
  }

  /** Whether a failure recorded at {@code lastFailure} still counts. */
  public boolean remembers(Instant lastFailure, Instant now) {
    return lastFailure.plus(MEMORY).isAfter(now);
  }
}
