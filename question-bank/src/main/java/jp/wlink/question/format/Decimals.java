package jp.wlink.question.format;

import java.math.BigDecimal;

/**
 * Numbers read from files in one canonical scale, so that {@code 1.0000000} from Moodle and {@code
 * 1} from GIFT are equal values and a written file reads back equal.
 */
public final class Decimals {
  private Decimals() {}

  /** The number without trailing zeros, and never in exponent form for whole numbers. */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Parses a decimal in canonical scale; throws NumberFormatException when it is none. */
  public static BigDecimal parse(String text) {
    return canonical(new BigDecimal(text.trim()));
  }

  /** A percentage ("33.33333", "-100") as the fraction the model keeps (0.3333333, -1). */
  public static double fractionOfPercent(String percent) {
    return new BigDecimal(percent.trim()).movePointLeft(2).doubleValue();
  }

  /** A fraction as the percentage files carry, without float noise: 0.3333333 gives 33.33333. */
  public static String percentOf(double fraction) {
    return canonical(BigDecimal.valueOf(fraction).movePointRight(2)).toPlainString();
  }

  public static String plain(BigDecimal value) {
    return canonical(value).toPlainString();
  }
}
