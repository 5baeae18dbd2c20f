package jp.wlink.web.account;

/** Where an account is in its life: only an active account can log in. */
public enum AccountStatus {
  /** Registered; the email address has not been verified yet. */
  PENDING,
  ACTIVE,
  /** Switched off by an administrator. */
  DISABLED
}
