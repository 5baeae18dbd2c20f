package jp.wlink.question.format.sheet;

import java.util.List;

/**
 * Why a row cannot become a question: a key under {@code question.import.error.} and the arguments
 * that follow the row number. Thrown while reading a row, turned into an import problem at its end.
 */
final class BadCell extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<String> arguments;

  BadCell(String key, String... arguments) {
    super(key, null, false, false);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  String key() {
    return key;
  }

  List<String> arguments() {
    return arguments;
  }
}
