package jp.wlink.question.format.aiken;

import java.util.ArrayList;
import java.util.List;

/** A question while its lines are being read: where it starts, its stem lines and its options. */
final class AikenDraft {
  /** One option line: its letter, text and line number. */
  record Option(char letter, String text, int line) {}

  private final int start;
  private final List<String> stem = new ArrayList<>();
  private final List<Option> options = new ArrayList<>();

  AikenDraft(int start, String firstLine) {
    this.start = start;
    stem.add(firstLine);
  }

  int start() {
    return start;
  }

  void addStemLine(String line) {
    stem.add(line);
  }

  void addOption(Option option) {
    options.add(option);
  }

  List<Option> options() {
    return options;
  }

  boolean hasOptions() {
    return !options.isEmpty();
  }

  String stem() {
    return String.join("\n", stem);
  }

  /** The letter the next option must have: A, B, C... */
  char nextLetter() {
    return (char) ('A' + options.size());
  }
}
