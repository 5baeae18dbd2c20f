package jp.wlink.question.exam;

import java.util.Optional;

/**
 * Too few questions to draw from: {@code requested} wanted, {@code available} given. The subject is
 * empty for a practice quiz, which draws from one pool.
 */
public record Shortage(Optional<String> subject, int requested, int available) {
  public static final String MESSAGE_KEY = "exam.assembly.shortage";
}
