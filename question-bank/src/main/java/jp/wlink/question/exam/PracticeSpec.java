package jp.wlink.question.exam;

import java.util.List;
import java.util.Objects;

/**
 * A practice quiz as the learner asked for it: {@code count} questions from the named subjects of
 * {@code certification} (a blueprint code), or from the named skills (certification then empty),
 * with a time limit in minutes or 0 for none.
 */
public record PracticeSpec(
    PracticeSource source, String certification, List<String> keys, int count, int minutes) {
  public static final int MAX_COUNT = 200;

  public PracticeSpec {
    Objects.requireNonNull(source);
    Objects.requireNonNull(certification);
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("choose at least one subject or skill");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count out of range: " + count);
    }
    if (minutes < 0) {
      throw new IllegalArgumentException("negative time limit");
    }
  }

  public static PracticeSpec subjects(String certification, List<String> subjects, int count) {
    return new PracticeSpec(PracticeSource.SUBJECTS, certification, subjects, count, 0);
  }

  public static PracticeSpec skills(List<String> skills, int count) {
    return new PracticeSpec(PracticeSource.SKILLS, "", skills, count, 0);
  }

  public PracticeSpec withTimeLimit(int newMinutes) {
    return new PracticeSpec(source, certification, keys, count, newMinutes);
  }
}
