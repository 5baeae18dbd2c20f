package jp.wlink.course.enrolment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline as people type it in Japan or as Excel shows a date cell: 2027-03-31, 2027/3/31,
 * 2027年3月31日, full-width digits, or Excel's default short date 3/31/27.
 */
final class DeadlineText {
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern EXCEL_SHORT = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");

  private DeadlineText() {}

  /** The date, or empty when the text is no date this reader knows. Blank text is no date. */
  static Optional<LocalDate> parse(String text) {
    String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
    Matcher year = YEAR_FIRST.matcher(plain);
    if (year.matches()) {
      return date(year.group(1), year.group(2), year.group(3));
    }
    Matcher excel = EXCEL_SHORT.matcher(plain);
    if (excel.matches()) {
      return date("20" + excel.group(3), excel.group(1), excel.group(2));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
