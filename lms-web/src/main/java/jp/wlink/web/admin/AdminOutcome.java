package jp.wlink.web.admin;

/**
 * What came of an administrator's change to an account. Each outcome but {@code DONE} has its own
 * message; a done change is reported by what it changed.
 */
public enum AdminOutcome {
  DONE,
  /** The account was already as asked (the role held or not held, the status already set). */
  UNCHANGED,
  /** The account's only role stays: an account without a role could not log in. */
  LAST_ROLE,
  /** Administrators keep their own admin role, so nobody locks themselves out. */
  OWN_ADMIN_ROLE,
  /** Administrators do not disable their own account, for the same reason. */
  OWN_ACCOUNT;

  public String getMessageKey() {
    return "admin.outcome." + name();
  }
}
