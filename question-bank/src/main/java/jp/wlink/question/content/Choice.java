package jp.wlink.question.content;

import java.util.Objects;

/**
 * One option of a choice question. {@code fraction} is the share of the mark it gives, from -1 to 1
 * (Moodle's percentages divided by 100); wrong options of a multiple-response question are usually
 * negative.
 */
public record Choice(RichText text, double fraction, RichText feedback) {
  public Choice {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(feedback, "feedback");
    Fractions.check(fraction);
  }

  public boolean correct() {
    return fraction > 0;
  }
}
