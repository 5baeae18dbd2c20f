package jp.wlink.question.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;

/**
 * Picks the feedback the question's author wrote for what a learner answered, for the review page:
 * each picked option's feedback (in the question's order), the true/false feedback for the value
 * given, the feedback of the accepted or numerical answer that decided the score, and for a cloze
 * question the feedback of each gap's selected answers in gap order. Empty feedback is left out,
 * and so is the general feedback, which the page shows to everyone. Matching, ordering, essay and
 * description questions have no per-answer feedback. Stateless and safe to share.
 */
public final class ReviewFeedback {

  public List<RichText> forResponse(QuestionContent question, Response response) {
    Objects.requireNonNull(question, "question");
    if (response == null) {
      return List.of();
    }
    return selected(question.body(), response).stream().filter(f -> !f.isEmpty()).toList();
  }

  private static List<RichText> selected(QuestionBody body, Response response) {
    if (body instanceof QuestionBody.Choices choices) {
      return ChosenOptions.chosen(choices, response).stream().map(Choice::feedback).toList();
    }
    if (body instanceof QuestionBody.TrueFalse trueFalse) {
      return trueFalse(trueFalse, response);
    }
    if (body instanceof QuestionBody.ShortAnswer shortAnswer) {
      return shortAnswer(shortAnswer, response);
    }
    if (body instanceof QuestionBody.Numerical numerical) {
      return numerical(numerical, response);
    }
    if (body instanceof QuestionBody.Cloze cloze) {
      return cloze(cloze, response);
    }
    return List.of();
  }

  private static List<RichText> trueFalse(QuestionBody.TrueFalse body, Response response) {
    if (!(response instanceof Response.TrueFalse given)) {
      return List.of();
    }
    return List.of(given.answer() ? body.feedbackWhenTrue() : body.feedbackWhenFalse());
  }

  private static List<RichText> shortAnswer(QuestionBody.ShortAnswer body, Response response) {
    if (!(response instanceof Response.Text given)) {
      return List.of();
    }
    return ShortAnswerMatching.firstMatch(body.answers(), given.text(), body.caseSensitive())
        .map(AcceptedAnswer::feedback)
        .stream()
        .toList();
  }

  private static List<RichText> numerical(QuestionBody.Numerical body, Response response) {
    if (!(response instanceof Response.Text given)) {
      return List.of();
    }
    return NumericalMatching.bestMatch(body, given.text()).map(NumericAnswer::feedback).stream()
        .toList();
  }

  // LIMITATION: a cloze answer's feedback is stored as bare text, so it is returned as plain text.
  private static List<RichText> cloze(QuestionBody.Cloze body, Response response) {
    if (!(response instanceof Response.Gaps given)) {
      return List.of();
    }
    Map<Integer, String> answers = given.answers();
    return IntStream.range(0, body.gaps().size())
        .boxed()
        .flatMap(i -> ClozeMatching.matched(body.gaps().get(i), answers.get(i)).stream())
        .map(ClozeGap.ClozeAnswer::feedback)
        .map(RichText::plain)
        .toList();
  }
}
