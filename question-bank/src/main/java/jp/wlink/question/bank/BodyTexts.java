package jp.wlink.question.bank;

import java.util.Comparator;
import java.util.List;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;

/**
 * The answers of a question body as plain text, each with the mark it gives, for search and for the
 * duplicate fingerprint. Answers whose order means nothing are sorted, so that the same question
 * with shuffled options still has the same fingerprint.
 */
final class BodyTexts {
  private static final Comparator<Answer> ORDER =
      Comparator.comparing(Answer::text).thenComparing(Answer::mark);

  private BodyTexts() {}

  /** One answer: what it says and what it is worth (or where it belongs). */
  record Answer(String text, String mark) {}

  static List<Answer> answers(QuestionBody body) {
    if (body instanceof QuestionBody.Choices choices) {
      return sorted(choices.choices().stream().map(BodyTexts::choice).toList());
    }
    if (body instanceof QuestionBody.TrueFalse trueFalse) {
      return List.of(new Answer("", String.valueOf(trueFalse.answer())));
    }
    if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
      return sorted(shortAnswer.answers().stream().map(BodyTexts::accepted).toList());
    }
    if (body instanceof QuestionBody.Numerical numerical) {
      return sorted(numerical.answers().stream().map(BodyTexts::numeric).toList());
    }
    if (body instanceof QuestionBody.Matching matching) {
      return sorted(matching.pairs().stream().map(BodyTexts::pair).toList());
    }
    if (body instanceof QuestionBody.Ordering ordering) {
      return ordering.items().stream().map(item -> new Answer(RichTexts.plain(item), "")).toList();
    }
    if (body instanceof QuestionBody.Cloze cloze) {
      return cloze.gaps().stream().flatMap(gap -> gap(gap).stream()).toList();
    }
    return List.of();
  }

  private static Answer choice(Choice choice) {
    return new Answer(RichTexts.plain(choice.text()), String.valueOf(choice.fraction()));
  }

  private static Answer accepted(AcceptedAnswer answer) {
    return new Answer(answer.text(), String.valueOf(answer.fraction()));
  }

  private static Answer numeric(NumericAnswer answer) {
    String value = answer.value().stripTrailingZeros().toPlainString();
    String tolerance = answer.tolerance().stripTrailingZeros().toPlainString();
    return new Answer(value, tolerance + " " + answer.fraction());
  }

  private static Answer pair(MatchPair pair) {
    return new Answer(RichTexts.plain(pair.prompt()) + " " + pair.answer(), "");
  }

  private static List<Answer> gap(ClozeGap gap) {
    List<Answer> answers =
        gap.answers().stream()
            .map(answer -> new Answer(answer.text(), gap.kind() + " " + answer.fraction()))
            .toList();
    return sorted(answers);
  }

  private static List<Answer> sorted(List<Answer> answers) {
    return answers.stream().sorted(ORDER).toList();
  }
}
