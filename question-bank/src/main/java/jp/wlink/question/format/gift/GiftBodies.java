package jp.wlink.question.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;

/**
 * Reads the answer block of a GIFT question the way Moodle decides its type: empty is an essay,
 * {@code #} starts a numerical answer, a {@code ~} makes a choice question (single if any answer
 * starts with {@code =}), {@code =} with {@code ->} a matching question, T/F a true-false one, and
 * anything else a short answer.
 */
final class GiftBodies {
  /** Lines Moodle's essay editor offers by default. */
  static final int ESSAY_LINES = 15;

  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

  private GiftBodies() {}

  /** The question's type and body, or empty when the block has a problem. */
  record Typed(QuestionType type, QuestionBody body) {}

  static Optional<Typed> read(String answers, GiftContext context) {
    String trimmed = answers.strip();
    Typed typed;
    if (trimmed.isEmpty()) {
      typed = new Typed(QuestionType.ESSAY, essay());
    } else if (trimmed.startsWith("#")) {
      typed = new Typed(QuestionType.NUMERICAL, GiftNumerical.read(trimmed.substring(1), context));
    } else if (GiftText.contains(trimmed, "~")) {
      typed = choices(trimmed, context);
    } else if (GiftText.contains(trimmed, "=") && trimmed.contains("->")) {
      typed = new Typed(QuestionType.MATCHING, matching(trimmed, context));
    } else if (TRUE_FALSE.contains(beforeFeedback(trimmed))) {
      typed = new Typed(QuestionType.TRUE_FALSE, trueFalse(trimmed, context));
    } else {
      typed = new Typed(QuestionType.SHORT_ANSWER, shortAnswer(trimmed, context));
    }
    return context.failed() ? Optional.empty() : Optional.of(typed);
  }

  static QuestionBody.Essay essay() {
    return new QuestionBody.Essay(RichText.EMPTY, RichText.EMPTY, ESSAY_LINES);
  }

  private static String beforeFeedback(String answers) {
    int hash = GiftText.indexOf(answers, "#", 0);
    return (hash < 0 ? answers : answers.substring(0, hash)).strip();
  }

  private static Typed choices(String answers, GiftContext context) {
    List<Choice> choices = new ArrayList<>();
    for (GiftAnswerItem item : GiftAnswerItem.parse(answers)) {
      double fraction = context.fraction(item.percent(), item.mark() == '=' ? 1 : 0);
      choices.add(
          new Choice(context.rich(item.text()), fraction, context.feedback(item.feedback())));
    }
    boolean single = GiftText.contains(answers, "=");
    QuestionType type = single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE;
    return new Typed(type, new QuestionBody.Choices(choices, true));
  }

  private static QuestionBody matching(String answers, GiftContext context) {
    List<MatchPair> pairs = new ArrayList<>();
    for (GiftAnswerItem item : GiftAnswerItem.parse(answers)) {
      int arrow = item.text().indexOf("->");
      if (arrow < 0) {
        context.problem("gift.matchWithoutArrow", context.plain(item.text()));
        continue;
      }
      RichText prompt = context.rich(item.text().substring(0, arrow));
      pairs.add(new MatchPair(prompt, context.plain(item.text().substring(arrow + 2))));
    }
    return new QuestionBody.Matching(pairs, true);
  }

  private static QuestionBody trueFalse(String answers, GiftContext context) {
    List<String> parts = GiftText.split(answers, '#');
    boolean answer = parts.get(0).strip().startsWith("T");
    RichText wrong = parts.size() > 1 ? context.rich(parts.get(1)) : RichText.EMPTY;
    RichText right = parts.size() > 2 ? context.rich(parts.get(2)) : RichText.EMPTY;
    return answer
        ? new QuestionBody.TrueFalse(true, right, wrong)
        : new QuestionBody.TrueFalse(false, wrong, right);
  }

  private static QuestionBody shortAnswer(String answers, GiftContext context) {
    List<AcceptedAnswer> accepted = new ArrayList<>();
    for (GiftAnswerItem item : GiftAnswerItem.parse(answers)) {
      double fraction = context.fraction(item.percent(), 1);
      String text = context.plain(item.text());
      accepted.add(new AcceptedAnswer(text, fraction, context.feedback(item.feedback())));
    }
    return new QuestionBody.ShortAnswer(accepted, false);
  }
}
