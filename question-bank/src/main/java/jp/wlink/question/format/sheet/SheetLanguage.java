package jp.wlink.question.format.sheet;

import java.util.Locale;

/** The language a spreadsheet's headers and words are written in; reading accepts both. */
public enum SheetLanguage {
  JAPANESE(Locale.JAPANESE),
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  SheetLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** Japanese unless the locale asks for English, as the bank's pages default to Japanese. */
  public static SheetLanguage of(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
  }
}
