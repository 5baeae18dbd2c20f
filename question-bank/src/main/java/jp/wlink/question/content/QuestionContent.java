package jp.wlink.question.content;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Everything a learner meets in one version of a question. {@code penalty} is the share of the mark
 * lost per wrong try in practice (0 to 1); {@code explanation} is the 解説 shown on review. The
 * body's kind always fits the type.
 */
public record QuestionContent(
    QuestionType type,
    String name,
    RichText stem,
    RichText generalFeedback,
    RichText explanation,
    BigDecimal defaultMark,
    BigDecimal penalty,
    QuestionBody body) {

  public QuestionContent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(generalFeedback, "generalFeedback");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(defaultMark, "defaultMark");
    Objects.requireNonNull(penalty, "penalty");
    Objects.requireNonNull(body, "body");
    if (defaultMark.signum() < 0) {
      throw new IllegalArgumentException("defaultMark must not be negative");
    }
    if (penalty.signum() < 0 || penalty.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("penalty must lie in [0, 1]");
    }
    if (!fits(type, body)) {
      throw new IllegalArgumentException(type + " cannot have a " + body.getClass().getName());
    }
  }

  private static boolean fits(QuestionType type, QuestionBody body) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> body instanceof QuestionBody.Choices;
      case TRUE_FALSE -> body instanceof QuestionBody.TrueFalse;
      case SHORT_ANSWER -> body instanceof QuestionBody.ShortAnswer;
      case NUMERICAL -> body instanceof QuestionBody.Numerical;
      case MATCHING -> body instanceof QuestionBody.Matching;
      case ORDERING -> body instanceof QuestionBody.Ordering;
      case CLOZE -> body instanceof QuestionBody.Cloze;
      case ESSAY -> body instanceof QuestionBody.Essay;
      case DESCRIPTION -> body instanceof QuestionBody.Description;
    };
  }
}
