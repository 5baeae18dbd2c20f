package jp.wlink.web.account;

import java.util.List;
import java.util.Objects;

/** One reason an account request was turned down: a message key for one input of the form. */
public record Refusal(FormField field, String messageKey, List<Object> arguments) {
  public Refusal {
    Objects.requireNonNull(field);
    Objects.requireNonNull(messageKey);
    arguments = List.copyOf(arguments);
  }

  public static Refusal of(FormField field, String messageKey, Object... arguments) {
    return new Refusal(field, messageKey, List.of(arguments));
  }

  public static Refusal of(FormField field, PasswordRefusal reason) {
    return reason == PasswordRefusal.TOO_SHORT || reason == PasswordRefusal.TOO_LONG
        ? of(field, reason.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)
        : of(field, reason.messageKey());
  }
}
