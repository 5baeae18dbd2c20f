package jp.wlink.web.i18n;

import java.util.Locale;

/** The languages W/LINK speaks. Anything else falls back to Japanese. */
public enum SupportedLocale {
  JAPANESE(Locale.JAPANESE),
  ENGLISH(Locale.ENGLISH);

  public static final SupportedLocale DEFAULT = JAPANESE;

  private final Locale locale;

  SupportedLocale(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public static SupportedLocale of(String language) {
    for (SupportedLocale supported : values()) {
      if (supported.locale.getLanguage().equals(language)) {
        return supported;
      }
    }
    return DEFAULT;
  }
}
