package jp.wlink.question.content;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit a numerical answer may carry, with what a value in it is multiplied by to reach the main
 * unit (the main unit has multiplier 1): {@code m3/日} 1, {@code L/日} 0.001.
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
