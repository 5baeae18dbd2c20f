package jp.wlink.question.format.cloze;

import java.util.Objects;
import java.util.function.UnaryOperator;
import jp.wlink.question.format.SafeText;

/**
 * How a format cleans the unescaped text of a gap's answers: what a learner chooses from (shown as
 * it is), what a learner types (compared, never shown as markup) and the feedback. The functions
 * must make text that is safe to show.
 */
public record ClozeTexts(
    UnaryOperator<String> choice, UnaryOperator<String> typed, UnaryOperator<String> feedback) {
  /** Moodle XML: choices and feedback are HTML and pass the sanitiser; typed answers stay. */
  public static final ClozeTexts MOODLE =
      new ClozeTexts(SafeText::html, UnaryOperator.identity(), SafeText::html);

  public ClozeTexts {
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(typed, "typed");
    Objects.requireNonNull(feedback, "feedback");
  }

  /** One cleaning for all three, as the sheets use. */
  public static ClozeTexts all(UnaryOperator<String> clean) {
    return new ClozeTexts(clean, clean, clean);
  }
}
