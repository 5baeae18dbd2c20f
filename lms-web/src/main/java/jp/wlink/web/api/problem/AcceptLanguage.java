package jp.wlink.web.api.problem;

import java.util.List;
import java.util.Locale;
import jp.wlink.web.i18n.SupportedLocale;

/**
 * Picks the language of an API answer from {@code Accept-Language}; Japanese unless English wins.
 */
public final class AcceptLanguage {
  private static final List<Locale> SPOKEN =
      List.of(SupportedLocale.JAPANESE.locale(), SupportedLocale.ENGLISH.locale());

  private AcceptLanguage() {}

  public static Locale choose(String header) {
    if (header == null || header.isBlank()) {
      return SupportedLocale.DEFAULT.locale();
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SPOKEN);
      return best == null ? SupportedLocale.DEFAULT.locale() : best;
    } catch (IllegalArgumentException malformed) {
      return SupportedLocale.DEFAULT.locale();
    }
  }
}
