package jp.wlink.question.format;

import java.util.List;

/**
 * Something a target format could not express, said before the file is handed over: the question
 * and a bundle key under {@code question.export.loss.} with its arguments.
 */
public record ExportLoss(String questionName, String messageKey, List<String> arguments) {
  public static final String KEY_PREFIX = "question.export.loss.";

  public ExportLoss {
    if (!messageKey.startsWith(KEY_PREFIX)) {
      throw new IllegalArgumentException("message keys start with " + KEY_PREFIX);
    }
    arguments = List.copyOf(arguments);
  }

  public static ExportLoss of(String questionName, String key, String... arguments) {
    return new ExportLoss(questionName, KEY_PREFIX + key, List.of(arguments));
  }
}
