package jp.wlink.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a login attempt ended. {@code CONTINUING} is a success whose response the authentication
 * mechanism has already written (a redirect back to the page that asked for the login).
 */
public record LoginOutcome(Result result, Optional<Instant> lockedUntil, Instant decidedAt) {
  /** The kinds of ending. */
  public enum Result {
    SUCCEEDED,
    CONTINUING,
    FAILED,
    LOCKED
  }

  public LoginOutcome {
    Objects.requireNonNull(result);
    Objects.requireNonNull(lockedUntil);
    Objects.requireNonNull(decidedAt);
  }

  public boolean loggedIn() {
    return result == Result.SUCCEEDED || result == Result.CONTINUING;
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
