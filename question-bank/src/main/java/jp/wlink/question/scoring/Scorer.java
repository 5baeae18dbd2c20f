package jp.wlink.question.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.text.JapaneseNormaliser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Decides what a response earns: the one place where marks are computed. Per type:
 *
 * <ul>
 *   <li>single choice: the chosen option's fraction (a negative one earns 0);
 *   <li>multiple response: the sum of the ticked options' fractions, within 0 and 1, so wrong
 *       options with negative fractions cancel right ones (Moodle's rule);
 *   <li>true/false: 1 or 0;
 *   <li>short answer: the first accepted answer, in list order, that matches after Japanese
 *       normalisation, with {@code *} as a wildcard;
 *   <li>numerical: the number read as {@link NumberInput} describes, divided by its unit's
 *       multiplier; the best answer whose tolerance covers it (a required unit missing, or any
 *       unknown unit, earns 0);
 *   <li>matching: the share of prompts (distractors aside) given their own answer;
 *   <li>ordering: (L - 1) / (n - 1), where L is the longest subsequence of the n items already in
 *       their right relative order: the right order earns 1, the reverse 0;
 *   <li>cloze: the mean of the gaps weighted by their weights, each gap scored like its kind within
 *       0 and 1 (a multiple-response gap's ticked texts are joined by {@link
 *       Response.Gaps#CHOICE_SEPARATOR});
 *   <li>essay: awaits a person's grade; an empty essay earns 0 at once, as there is nothing to
 *       grade and it must not wait in the grading queue;
 *   <li>description: {@link Score#NONE}, and it does not count (see {@link #counts}).
 * </ul>
 *
 * <p>A missing response, or one of the wrong kind for the type, earns 0 like an unanswered
 * question: scoring never fails on what a learner sent. The score is a fraction of the question's
 * mark, always within 0 and 1; stateless and safe to share.
 */
public final class Scorer {

  public Score score(QuestionContent question, Response response) {
    Objects.requireNonNull(question, "question");
    if (!question.type().answerable()) {
      return Score.NONE;
    }
    if (question.type().gradedByPerson()) {
      return hasContent(response) ? Score.AWAITING_GRADING : Score.NONE;
    }
    if (response == null) {
      return Score.NONE;
    }
    return Score.of(fraction(question, response));
  }

  /** Whether the question is part of an exam's total at all; a description is not. */
  public boolean counts(QuestionContent question) {
    return question.type().answerable();
  }

  /**
   * What a score is worth after earlier wrong tries in practice: each try costs the question's
   * penalty, down to 0. Mock exams allow a single try, so they never call this.
   */
  public Score afterWrongTries(Score score, QuestionContent question, int previousWrongTries) {
    if (previousWrongTries < 0) {
      throw new IllegalArgumentException("previousWrongTries must not be negative");
    }
    if (score.awaitingGrading() || previousWrongTries == 0) {
      return score;
    }
    double penalty = question.penalty().doubleValue() * previousWrongTries;
    return Score.of(Math.max(0.0, score.fraction() - penalty));
  }

  private static double fraction(QuestionContent question, Response response) {
    QuestionBody body = question.body();
    return switch (question.type()) {
      case SINGLE_CHOICE -> singleChoice((QuestionBody.Choices) body, response);
      case MULTIPLE_RESPONSE -> multipleResponse((QuestionBody.Choices) body, response);
      case TRUE_FALSE -> trueFalse((QuestionBody.TrueFalse) body, response);
      case SHORT_ANSWER -> shortAnswer((QuestionBody.ShortAnswer) body, response);
      case NUMERICAL -> numerical((QuestionBody.Numerical) body, response);
      case MATCHING -> matching((QuestionBody.Matching) body, response);
      case ORDERING -> ordering((QuestionBody.Ordering) body, response);
      case CLOZE -> cloze((QuestionBody.Cloze) body, response);
      case ESSAY, DESCRIPTION -> 0.0;
    };
  }

  private static double singleChoice(QuestionBody.Choices body, Response response) {
    List<Choice> chosen = ChosenOptions.chosen(body, response);
    return chosen.size() == 1 ? chosen.get(0).fraction() : 0.0;
  }

  private static double multipleResponse(QuestionBody.Choices body, Response response) {
    return ChosenOptions.chosen(body, response).stream().mapToDouble(Choice::fraction).sum();
  }

  private static double trueFalse(QuestionBody.TrueFalse body, Response response) {
    boolean right = response instanceof Response.TrueFalse given && given.answer() == body.answer();
    return right ? 1.0 : 0.0;
  }

  private static double shortAnswer(QuestionBody.ShortAnswer body, Response response) {
    if (!(response instanceof Response.Text given)) {
      return 0.0;
    }
    return ShortAnswerMatching.firstMatch(body.answers(), given.text(), body.caseSensitive())
        .map(AcceptedAnswer::fraction)
        .orElse(0.0);
  }

  private static double numerical(QuestionBody.Numerical body, Response response) {
    if (!(response instanceof Response.Text given)) {
      return 0.0;
    }
    return NumericalMatching.bestMatch(body, given.text()).map(NumericAnswer::fraction).orElse(0.0);
  }

  private static double matching(QuestionBody.Matching body, Response response) {
    if (!(response instanceof Response.Matched given)) {
      return 0.0;
    }
    int prompts = 0;
    int right = 0;
    for (int i = 0; i < body.pairs().size(); i++) {
      MatchPair pair = body.pairs().get(i);
      if (!pair.distractor()) {
        prompts++;
        right += pair.answer().equals(given.answers().get(i)) ? 1 : 0;
      }
    }
    return prompts == 0 ? 0.0 : right / (double) prompts;
  }

  private static double ordering(QuestionBody.Ordering body, Response response) {
    if (!(response instanceof Response.Ordered given)) {
      return 0.0;
    }
    return OrderingCredit.fraction(body.items().size(), given.order());
  }

  private static double cloze(QuestionBody.Cloze body, Response response) {
    Map<Integer, String> answers =
        response instanceof Response.Gaps given ? given.answers() : Map.of();
    return ClozeMatching.fraction(body, answers);
  }

  private static boolean hasContent(Response response) {
    if (!(response instanceof Response.Text given) || given.text() == null) {
      return false;
    }
    Element body = Jsoup.parseBodyFragment(given.text()).body();
    boolean text = !JapaneseNormaliser.forSearch(body.text()).isEmpty();
    return text || !body.select("img, video, audio, object, embed").isEmpty();
  }
}
