package jp.wlink.question.format.moodle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.Decimals;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.SafeText;

/**
 * One {@code <question>} element being mapped: reads its texts and numbers the way Moodle writes
 * them and records problems against the question's name and line.
 */
final class MoodleQuestionContext {
  private final XmlNode question;
  private final String name;
  private final List<ImportProblem> problems;
  private boolean failed;

  MoodleQuestionContext(XmlNode question, List<ImportProblem> problems) {
    this.question = question;
    this.name = question.at("name", "text").orElse("");
    this.problems = problems;
  }

  XmlNode question() {
    return question;
  }

  String name() {
    return name;
  }

  void problem(String key, String... arguments) {
    failed = true;
    problems.add(ImportProblem.inQuestion(question.line(), name, key, arguments));
  }

  boolean failed() {
    return failed;
  }

  /** The rich text of a child like {@code <questiontext format="html"><text>}. */
  RichText rich(String child) {
    return question.child(child).map(MoodleQuestionContext::rich).orElse(RichText.EMPTY);
  }

  static RichText rich(XmlNode holder) {
    String text = holder.textChild();
    if (text.isEmpty()) {
      return RichText.EMPTY;
    }
    return SafeText.of(text, format(holder.attribute("format").orElse("html")));
  }

  /** Feedback of an answer element as rich text. */
  static RichText feedback(XmlNode answer) {
    return answer.child("feedback").map(MoodleQuestionContext::rich).orElse(RichText.EMPTY);
  }

  static TextFormat format(String moodleFormat) {
    return switch (moodleFormat) {
      case "moodle_auto_format" -> TextFormat.MOODLE_AUTO;
      case "plain_text" -> TextFormat.PLAIN;
      case "markdown" -> TextFormat.MARKDOWN;
      default -> TextFormat.HTML;
    };
  }

  static String formatName(TextFormat format) {
    return switch (format) {
      case MOODLE_AUTO -> "moodle_auto_format";
      case PLAIN -> "plain_text";
      case MARKDOWN -> "markdown";
      case HTML -> "html";
    };
  }

  /** A number child, the default when absent; a malformed number is a problem. */
  BigDecimal decimal(String child, BigDecimal otherwise) {
    Optional<String> text = question.at(child).filter(t -> !t.isEmpty());
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      return Decimals.parse(text.get());
    } catch (NumberFormatException e) {
      problem("xml.invalidNumber", child, text.get());
      return otherwise;
    }
  }

  /** An answer's {@code fraction} attribute (percent) as a fraction. */
  double fraction(XmlNode answer) {
    String percent = answer.attribute("fraction").orElse("0");
    try {
      double fraction = Decimals.fractionOfPercent(percent);
      if (fraction >= -1 && fraction <= 1) {
        return fraction;
      }
    } catch (NumberFormatException e) {
      // reported below with the out-of-range ones
    }
    problem("xml.invalidFraction", percent);
    return 0;
  }

  boolean flag(String child, boolean otherwise) {
    return question
        .at(child)
        .filter(t -> !t.isEmpty())
        .map(t -> t.equals("1") || t.equalsIgnoreCase("true"))
        .orElse(otherwise);
  }
}
