package jp.wlink.question.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Optional;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;

/**
 * Finds the numerical answer a typed number earns. The number is converted to the main unit by
 * dividing it by its unit's multiplier (see {@link NumericUnit}); a number without a unit is taken
 * in the main unit unless the question requires one. An unknown unit never matches: a value in a
 * unit the question does not know cannot be compared. Among the answers whose tolerance covers the
 * value, the one with the highest fraction wins (the first of equals in list order).
 */
final class NumericalMatching {
  private NumericalMatching() {}

  static Optional<NumericAnswer> bestMatch(QuestionBody.Numerical body, String given) {
    Optional<BigDecimal> value = NumberInput.read(given).flatMap(n -> inMainUnit(body, n));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return body.answers().stream()
        .filter(a -> within(value.get(), a.value(), a.tolerance()))
        .max(Comparator.comparingDouble(NumericAnswer::fraction));
  }

  static boolean within(BigDecimal value, BigDecimal answer, BigDecimal tolerance) {
    return value.subtract(answer).abs().compareTo(tolerance) <= 0;
  }

  private static Optional<BigDecimal> inMainUnit(QuestionBody.Numerical body, NumberInput input) {
    if (!input.hasUnit()) {
      boolean unitMissing = body.unitRequired() && !body.units().isEmpty();
      return unitMissing ? Optional.empty() : Optional.of(input.value());
    }
    return body.units().stream()
        .filter(u -> NumberInput.unitKey(u.name()).equals(input.unit()))
        .findFirst()
        .map(u -> input.value().divide(u.multiplier(), MathContext.DECIMAL128));
  }
}
