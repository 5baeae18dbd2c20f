package jp.wlink.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Remembers the chosen language in the browser for a year, so that it outlives a session: a visitor
 * who chose English still reads English after logging out or coming back next week.
 */
public final class LanguageCookie {
  static final String NAME = "wlink-lang";
  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  private LanguageCookie() {}

  public static Optional<SupportedLocale> read(HttpServletRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .map(cookie -> SupportedLocale.of(cookie.getValue()))
        .findFirst();
  }

  public static void write(HttpServletResponse response, Locale locale) {
    Cookie cookie =
        new Cookie(NAME, SupportedLocale.of(locale.getLanguage()).locale().getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(
        ConfigProvider.getConfig()
            .getOptionalValue("wlink.cookie.secure", Boolean.class)
            .orElse(true));
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
