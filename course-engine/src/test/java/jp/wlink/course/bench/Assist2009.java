package jp.wlink.course.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.course.model.Answer;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.ItemRef;

/**
 * The ASSISTments 2009 skill-builder answers as split by the DKVMN paper, from the shared data
 * beside the checkout: three lines per sequence (its length, the skill ids, 0 or 1 for each
 * answer). The data names no items, so every answer is to its skill's typical item. CI always has
 * the folder, so its absence fails the corpus test instead of skipping it.
 */
final class Assist2009 {
  /** The folder seen from the module, where Maven runs the tests. */
  static final Path FROM_MODULE = Path.of("../../shared/data/learner-responses/assist2009");

  private Assist2009() {}

  static Path folder() {
    assertThat(FROM_MODULE).as("shared learner responses beside the checkout").isDirectory();
    return FROM_MODULE;
  }

  static List<AnswerSequence> train(Path folder) throws IOException {
    return read(folder.resolve("assist2009_updated_train.csv"));
  }

  static List<AnswerSequence> test(Path folder) throws IOException {
    return read(folder.resolve("assist2009_updated_test.csv"));
  }

  static List<AnswerSequence> read(Path file) throws IOException {
    List<AnswerSequence> sequences = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String length = in.readLine(); length != null; length = in.readLine()) {
        lineNumber++;
        if (length.isBlank()) {
          continue;
        }
        String skills = in.readLine();
        String answers = in.readLine();
        sequences.add(sequence(length, skills, answers, file, lineNumber));
        lineNumber += 2;
      }
    }
    return sequences;
  }

  private static AnswerSequence sequence(
      String length, String skills, String answers, Path file, int line) {
    int n = Integer.parseInt(length.strip());
    String[] skillIds = fields(skills);
    String[] correct = fields(answers);
    if (skillIds.length != n || correct.length != n) {
      throw new IllegalArgumentException(file + " line " + line + ": lengths disagree");
    }
    List<Answer> sequence = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ItemRef item = ItemRef.typical(Integer.parseInt(skillIds[i]));
      sequence.add(new Answer(item, "1".equals(correct[i])));
    }
    return new AnswerSequence(sequence);
  }

  private static String[] fields(String line) {
    if (line == null) {
      return new String[0];
    }
    String trimmed = line.strip();
    if (trimmed.endsWith(",")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.split(",");
  }
}
