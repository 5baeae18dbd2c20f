package jp.wlink.web.account;

import java.time.Duration;

/** What a mailed link lets its holder do, and for how long after it was issued. */
public enum TokenPurpose {
  /** Confirms the address given at registration, which activates the account. */
  VERIFY_EMAIL(Duration.ofHours(48)),
  /** Sets a new password without the old one; short-lived because it is as good as a login. */
  RESET_PASSWORD(Duration.ofHours(1)),
  /** Confirms a new address; the token carries that address until it is opened. */
  CHANGE_EMAIL(Duration.ofHours(48));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
