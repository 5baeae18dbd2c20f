package jp.wlink.web.account;

import java.util.Locale;
import java.util.Objects;

/** What a person fills in to register, as typed; {@link Registration} checks all of it. */
public record NewAccount(String email, String password, String handle, Role role, Locale locale) {
  public NewAccount {
    Objects.requireNonNull(email);
    Objects.requireNonNull(password);
    Objects.requireNonNull(handle);
    Objects.requireNonNull(role);
    Objects.requireNonNull(locale);
  }

  /** Keeps the password out of logs. */
  @Override
  public String toString() {
    return "NewAccount[" + role + "]";
  }
}
