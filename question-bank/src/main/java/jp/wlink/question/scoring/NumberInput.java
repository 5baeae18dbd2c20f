package jp.wlink.question.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.wlink.question.text.JapaneseNormaliser;

/**
 * A number as a learner typed it, with the unit written after it ({@code ""} when none). Reading
 * accepts full-width digits, an optional sign (the minus sign U+2212 too), commas as thousands
 * separators in groups of three ({@code 50,000}), a decimal point, an exponent ({@code 1.5e3},
 * {@code 1.5×10^3}) and a unit with or without a space before it. The unit is kept as a comparison
 * key: NFKC without any white space, so {@code ㎥/日}, {@code m3/日} and {@code m3 / 日} are one unit;
 * case still matters ({@code mS} is not {@code ms}).
 */
public record NumberInput(BigDecimal value, String unit) {
  private static final Pattern NUMBER =
      Pattern.compile(
          "([+-]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)"
              + "(?:(?:[eE]|\\s*[x×*]\\s*10\\s*(?:\\^|\\*\\*))\\s*([+-]?\\d{1,4}))?"
              + "\\s*(.*)",
          Pattern.DOTALL);
  private static final Pattern WHITE_SPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The number in {@code text}, or empty when it does not start with one. */
  public static Optional<NumberInput> read(String text) {
    String plain = JapaneseNormaliser.compatible(text).replace('\u2212', '-').strip();
    Matcher parts = NUMBER.matcher(plain);
    if (!parts.matches()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(parts.group(2).replace(",", ""));
    if (parts.group(3) != null) {
      value = value.scaleByPowerOfTen(Integer.parseInt(parts.group(3)));
    }
    if ("-".equals(parts.group(1))) {
      value = value.negate();
    }
    return Optional.of(new NumberInput(value, unitKey(parts.group(4))));
  }

  /** The key a unit name is compared by, the same for a unit defined in a question. */
  public static String unitKey(String unit) {
    return WHITE_SPACE.matcher(JapaneseNormaliser.compatible(unit)).replaceAll("");
  }

  public boolean hasUnit() {
    return !unit.isEmpty();
  }
}
