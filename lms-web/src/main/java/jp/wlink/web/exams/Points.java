package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import jp.wlink.web.i18n.LocaleSelection;

/**
 * Writes a score as people read it: rounded to one decimal place, without decimals when whole
 * (4.617 as 4.6, 9.0 as 9), in the reader's language. Stored scores keep their full precision; only
 * what a page or a message shows is rounded.
 */
@Named
@ApplicationScoped
public class Points {
  @Inject private LocaleSelection localeSelection;

  /** The points in the page's language; empty for none (a score not yet known). */
  public String format(Double points) {
    return points == null ? "" : format(points, localeSelection.getLocale());
  }

  static String format(double points, Locale locale) {
    BigDecimal rounded = BigDecimal.valueOf(points).setScale(1, RoundingMode.HALF_UP);
    DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale));
    // A tiny negative score rounds to zero, which must not read "-0".
    return format.format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
  }

  /** A message argument as it should read: scores rounded, everything else as it is. */
  static Object argument(Object value, Locale locale) {
    return value instanceof Double || value instanceof Float
        ? format(((Number) value).doubleValue(), locale)
        : value;
  }
}
