package jp.wlink.web.questions;

import java.io.Serializable;
import java.util.List;

/**
 * Something the editor cannot save yet: the field it belongs to (a component id on the editor page,
 * or empty for the question as a whole) and a bundle key with its arguments.
 */
public record FormProblem(String field, String messageKey, List<String> arguments)
    implements Serializable {
  public FormProblem {
    arguments = List.copyOf(arguments);
  }

  static FormProblem of(String field, String key, Object... arguments) {
    return new FormProblem(
        field, key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
