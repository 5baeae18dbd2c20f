package jp.wlink.question.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong in a file, where it is and what it is. The message is a resource-bundle key under
 * {@code question.import.error.} with its arguments, so that the page says it in the reader's
 * language; {@code line} is the line (text formats) or row (spreadsheets) from 1, or 0 for the file
 * as a whole.
 */
public record ImportProblem(
    int line, Optional<String> questionName, String messageKey, List<String> arguments) {
  public static final String KEY_PREFIX = "question.import.error.";

  public ImportProblem {
    Objects.requireNonNull(questionName, "questionName");
    Objects.requireNonNull(messageKey, "messageKey");
    if (!messageKey.startsWith(KEY_PREFIX)) {
      throw new IllegalArgumentException("message keys start with " + KEY_PREFIX);
    }
    arguments = List.copyOf(arguments);
  }

  public static ImportProblem at(int line, String key, String... arguments) {
    return new ImportProblem(line, Optional.empty(), KEY_PREFIX + key, List.of(arguments));
  }

  public static ImportProblem inQuestion(int line, String name, String key, String... arguments) {
    return new ImportProblem(line, Optional.ofNullable(name), KEY_PREFIX + key, List.of(arguments));
  }
}
