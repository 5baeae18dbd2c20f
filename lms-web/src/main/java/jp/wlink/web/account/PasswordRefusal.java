package jp.wlink.web.account;

/** Why a new password was refused; each reason has its own translated explanation. */
public enum PasswordRefusal {
  TOO_SHORT("password.refused.tooShort"),
  TOO_LONG("password.refused.tooLong"),
  CONTAINS_EMAIL("password.refused.containsEmail"),
  CONTAINS_HANDLE("password.refused.containsHandle"),
  /** One of the passwords that leaked lists show most often, or such a password with tweaks. */
  COMMON("password.refused.common"),
  /** Not on a list, but made of patterns (words, dates, keyboard rows) that are quick to guess. */
  GUESSABLE("password.refused.guessable");

  private final String messageKey;

  PasswordRefusal(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
