package jp.wlink.question.exam;

import java.util.List;
import java.util.Optional;

/**
 * Too few questions to draw from: {@code requested} wanted, {@code available} given. The subject is
 * empty for a practice quiz, which draws from one pool.
 */
public record Shortage(Optional<String> subject, int requested, int available) {
  public static final String SUBJECT_KEY = "exam.assembly.subjectShortage";
  public static final String POOL_KEY = "exam.assembly.poolShortage";

  /** The bundle key the page shows this with; {@link #args()} fill it. */
  public String messageKey() {
    return subject.isPresent() ? SUBJECT_KEY : POOL_KEY;
  }

  public List<Object> args() {
    return subject
        .<List<Object>>map(s -> List.of(s, requested, available))
        .orElseGet(() -> List.of(requested, available));
  }
}
