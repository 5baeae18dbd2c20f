package jp.wlink.question.format.gift;

import java.util.List;
import java.util.StringJoiner;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.Decimals;

/**
 * One question in GIFT, written so that the reader gives it back: the name as title, a format
 * marker where a text's format differs from the stem's, every answer on its own line.
 */
final class GiftQuestionText {
  private final QuestionContent content;
  private final TextFormat format;

  private GiftQuestionText(QuestionContent content) {
    this.content = content;
    this.format = content.stem().format();
  }

  static String of(QuestionContent content) {
    return new GiftQuestionText(content).text();
  }

  private String text() {
    StringBuilder out =
        new StringBuilder("::").append(GiftText.escape(content.name())).append("::");
    if (format != TextFormat.MOODLE_AUTO) {
      out.append('[').append(GiftText.name(format)).append(']');
    }
    out.append(GiftText.escape(content.stem().text()));
    if (content.type() == QuestionType.DESCRIPTION) {
      return out.toString();
    }
    out.append(" {");
    answers(out);
    if (!content.generalFeedback().isEmpty()) {
      out.append("\n  ####").append(rich(content.generalFeedback()));
    }
    return out.append(content.type() == QuestionType.ESSAY ? "}" : "\n}").toString();
  }

  private void answers(StringBuilder out) {
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices choices) {
      choices(out, choices.choices(), content.type() == QuestionType.SINGLE_CHOICE);
    } else if (body instanceof QuestionBody.TrueFalse trueFalse) {
      trueFalse(out, trueFalse);
    } else if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
      for (AcceptedAnswer answer : shortAnswer.answers()) {
        out.append("\n  =").append(weight(answer.fraction(), 1));
        out.append(GiftText.escape(answer.text())).append(feedback(answer.feedback()));
      }
    } else if (body instanceof QuestionBody.Numerical numerical) {
      out.append('#');
      for (NumericAnswer answer : numerical.answers()) {
        out.append("\n  =").append(weight(answer.fraction(), 1));
        out.append(Decimals.plain(answer.value())).append(':');
        out.append(Decimals.plain(answer.tolerance())).append(feedback(answer.feedback()));
      }
    } else if (body instanceof QuestionBody.Matching matching) {
      for (MatchPair pair : matching.pairs()) {
        out.append("\n  =").append(pair.distractor() ? "" : rich(pair.prompt()));
        out.append(" -> ").append(GiftText.escape(pair.answer()));
      }
    }
  }

  private void choices(StringBuilder out, List<Choice> choices, boolean single) {
    boolean marked = false;
    for (Choice choice : choices) {
      boolean full = single && !marked && choice.fraction() == 1;
      marked |= full;
      out.append("\n  ").append(full ? "=" : "~");
      out.append(full ? "" : weight(choice.fraction(), 0));
      out.append(rich(choice.text())).append(feedback(choice.feedback()));
    }
  }

  private void trueFalse(StringBuilder out, QuestionBody.TrueFalse body) {
    RichText right = body.answer() ? body.feedbackWhenTrue() : body.feedbackWhenFalse();
    RichText wrong = body.answer() ? body.feedbackWhenFalse() : body.feedbackWhenTrue();
    out.append(body.answer() ? "TRUE" : "FALSE");
    if (!wrong.isEmpty() || !right.isEmpty()) {
      out.append('#').append(rich(wrong));
    }
    if (!right.isEmpty()) {
      out.append('#').append(rich(right));
    }
  }

  private static String weight(double fraction, double implied) {
    return fraction == implied ? "" : "%" + Decimals.percentOf(fraction) + "%";
  }

  private String feedback(RichText feedback) {
    return feedback.isEmpty() ? "" : "#" + rich(feedback);
  }

  /** Escaped text, with a marker when its format is not the one it would inherit. */
  private String rich(RichText text) {
    StringJoiner out = new StringJoiner("");
    if (text.format() != format && !text.isEmpty()) {
      out.add("[" + GiftText.name(text.format()) + "]");
    }
    return out.add(GiftText.escape(text.text())).toString();
  }
}
