package jp.wlink.question.content;

import java.util.Objects;

/**
 * A text answer a short-answer question (or a cloze gap) accepts. {@code *} in the text matches any
 * characters, as in Moodle.
 */
public record AcceptedAnswer(String text, double fraction, RichText feedback) {
  public AcceptedAnswer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(feedback, "feedback");
    Fractions.check(fraction);
  }
}
