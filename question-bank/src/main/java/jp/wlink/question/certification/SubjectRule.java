package jp.wlink.question.certification;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One subject of a blueprint as the pass rule sees it: how many questions it has, the fewest
 * correct answers it accepts (if it has a minimum) and whether it belongs to the core group whose
 * sum has its own minimum (給水装置工事主任技術者's 必須6科目).
 */
public record SubjectRule(
    String name, int questionCount, OptionalInt minimumCorrect, boolean core) {
  public SubjectRule {
    Objects.requireNonNull(name);
    Objects.requireNonNull(minimumCorrect);
    if (questionCount < 1) {
      throw new IllegalArgumentException("a subject needs at least one question: " + name);
    }
    if (minimumCorrect.isPresent()
        && (minimumCorrect.getAsInt() < 0 || minimumCorrect.getAsInt() > questionCount)) {
      throw new IllegalArgumentException("minimum out of range for " + name);
    }
  }
}
