package jp.wlink.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How a login attempt ended; a lock says until when. */
public record LoginOutcome(Result result, Optional<Instant> lockedUntil, Instant decidedAt) {
  /** The kinds of ending. */
  public enum Result {
    SUCCEEDED,
    FAILED,
    LOCKED
  }

  public LoginOutcome {
    Objects.requireNonNull(result);
    Objects.requireNonNull(lockedUntil);
    Objects.requireNonNull(decidedAt);
  }

  public boolean loggedIn() {
    return result == Result.SUCCEEDED;
  }

  /** Whole minutes (at least one) until a locked login may be tried again. */
  public long minutesLeft() {
    return Math.max(1, timeLeft().toMinutes() + 1);
  }

  public long secondsLeft() {
    return Math.max(1, timeLeft().toSeconds() + 1);
  }

  private Duration timeLeft() {
    return lockedUntil.map(until -> Duration.between(decidedAt, until)).orElse(Duration.ZERO);
  }
}
