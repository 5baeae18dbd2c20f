package jp.wlink.web.api.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.wlink.web.i18n.Messages;

/** Writes problem details in one language from the messages bundles. */
public final class Problems {
  private final ResourceBundle bundle;
  private final Locale locale;

  private Problems(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
  }

  public static Problems in(Locale locale) {
    return new Problems(locale);
  }

  public Problem describe(ProblemType type, int status, String instance, Object... arguments) {
    return describe(type, status, instance, null, arguments);
  }

  public Problem describe(
      ProblemType type,
      int status,
      String instance,
      List<Problem.FieldError> errors,
      Object... arguments) {
    return new Problem(
        type.uri().toString(),
        text(type.titleKey()),
        status,
        text(type.detailKey(), arguments),
        instance,
        errors == null || errors.isEmpty() ? null : List.copyOf(errors));
  }

  /** The text under a bundle key, or {@code fallback} when the key is not a bundle key. */
  public String textOr(String key, String fallback) {
    try {
      return text(key);
    } catch (MissingResourceException notAKey) {
      return fallback;
    }
  }

  private String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
