package jp.wlink.question.content;

import java.math.BigDecimal;
import java.util.Objects;

/** A numerical answer: any value within {@code tolerance} of {@code value} earns the fraction. */
public record NumericAnswer(
    BigDecimal value, BigDecimal tolerance, double fraction, RichText feedback) {
  public NumericAnswer {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(feedback, "feedback");
    if (tolerance.signum() < 0) {
      throw new IllegalArgumentException("tolerance must not be negative");
    }
    Fractions.check(fraction);
  }
}
