package jp.wlink.question.content;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit a numerical answer may carry. As in Moodle, {@code multiplier} says how many of this unit
 * make one main unit, so a value in this unit is <em>divided</em> by it to reach the main unit; the
 * main unit has multiplier 1. With {@code m3/日} as the main unit, {@code L/日} has multiplier 1000
 * (1 m3 = 1000 L), so 50,000,000 L/日 is 50,000 m3/日.
 */
public record NumericUnit(String name, BigDecimal multiplier) {
  public NumericUnit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(multiplier, "multiplier");
    if (multiplier.signum() <= 0) {
      throw new IllegalArgumentException("multiplier must be positive");
    }
  }
}
