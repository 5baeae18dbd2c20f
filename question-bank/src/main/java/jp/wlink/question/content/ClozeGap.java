package jp.wlink.question.content;

import java.util.List;
import java.util.Objects;

/**
 * One embedded sub-question of a cloze question, written in the stem as {@code {#n}} where n is its
 * position from 1. {@code weight} is its share of the question's mark relative to the other gaps,
 * as in Moodle's {@code {2:SHORTANSWER:...}}. Numerical gaps carry their tolerance in each answer;
 * other kinds leave it zero.
 */
public record ClozeGap(Kind kind, int weight, List<ClozeAnswer> answers) {
  /** The sub-question kinds Moodle's cloze syntax knows. */
  public enum Kind {
    SHORT_ANSWER,
    SHORT_ANSWER_CASE_SENSITIVE,
    NUMERICAL,
    /** A drop-down menu. */
    MULTICHOICE,
    /** Radio buttons, stacked vertically. */
    MULTICHOICE_VERTICAL,
    /** Radio buttons in a row. */
    MULTICHOICE_HORIZONTAL,
    /** Check boxes, stacked vertically. */
    MULTIRESPONSE,
    /** Check boxes in a row. */
    MULTIRESPONSE_HORIZONTAL
  }

  public ClozeGap {
    Objects.requireNonNull(kind, "kind");
    answers = List.copyOf(answers);
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1");
    }
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("a gap needs at least one answer");
    }
  }

  /** A gap's answer: its text (or number for a numerical gap), fraction, feedback, tolerance. */
  public record ClozeAnswer(
      String text, double fraction, String feedback, java.math.BigDecimal tolerance) {
    public ClozeAnswer {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(feedback, "feedback");
      Objects.requireNonNull(tolerance, "tolerance");
      Fractions.check(fraction);
    }
  }
}
