package jp.wlink.web.questions;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import jp.wlink.question.format.Decimals;

/**
 * Numbers as authors type them: full-width digits (５０，０００), thousands separators and a trailing %
 * are accepted, since a Japanese keyboard often produces them.
 */
final class FormNumbers {
  private FormNumbers() {}

  static Optional<BigDecimal> decimal(String typed) {
    String text = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC);
    text = text.replace(",", "").replace("%", "").strip().replace('−', '-');
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Decimals.parse(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A percentage from -100 to 100 as the model's fraction, or empty if it is none. */
  static Optional<Double> fraction(String percent) {
    return decimal(percent)
        .filter(p -> p.abs().compareTo(BigDecimal.valueOf(100)) <= 0)
        .map(p -> p.movePointLeft(2).doubleValue());
  }

  static Optional<Integer> integer(String typed) {
    return decimal(typed)
        .filter(value -> value.scale() <= 0)
        .flatMap(
            value -> {
              try {
                return Optional.of(value.intValueExact());
              } catch (ArithmeticException e) {
                return Optional.empty();
              }
            });
  }
}
