package jp.wlink.question.format.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.Decimals;

/** Moodle's answer-list question types as the bank's bodies. */
final class MoodleTypes {
  /** Lines Moodle's essay editor offers when the file does not say. */
  static final int ESSAY_LINES = 15;

  private MoodleTypes() {}

  /**
   * A type and its body, as one mapping decides them together, and the stem when the mapping
   * rewrote it (cloze placeholders).
   */
  record Typed(QuestionType type, QuestionBody body, Optional<RichText> stem) {
    Typed(QuestionType type, QuestionBody body) {
      this(type, body, Optional.empty());
    }
  }

  static Typed multichoice(MoodleQuestionContext context) {
    List<Choice> choices = new ArrayList<>();
    for (XmlNode answer : context.question().all("answer")) {
      RichText text = MoodleQuestionContext.rich(answer);
      double fraction = context.fraction(answer);
      choices.add(new Choice(text, fraction, MoodleQuestionContext.feedback(answer)));
    }
    boolean single = context.flag("single", true);
    boolean shuffle = context.flag("shuffleanswers", true);
    QuestionType type = single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE;
    return new Typed(type, new QuestionBody.Choices(choices, shuffle));
  }

  static Typed trueFalse(MoodleQuestionContext context) {
    boolean answer = true;
    RichText whenTrue = RichText.EMPTY;
    RichText whenFalse = RichText.EMPTY;
    for (XmlNode node : context.question().all("answer")) {
      boolean saysTrue = node.textChild().equalsIgnoreCase("true");
      if (saysTrue) {
        whenTrue = MoodleQuestionContext.feedback(node);
      } else {
        whenFalse = MoodleQuestionContext.feedback(node);
      }
      if (context.fraction(node) > 0) {
        answer = saysTrue;
      }
    }
    return new Typed(
        QuestionType.TRUE_FALSE, new QuestionBody.TrueFalse(answer, whenTrue, whenFalse));
  }

  static Typed shortAnswer(MoodleQuestionContext context) {
    List<AcceptedAnswer> answers = new ArrayList<>();
    for (XmlNode answer : context.question().all("answer")) {
      answers.add(
          new AcceptedAnswer(
              answer.textChild(),
              context.fraction(answer),
              MoodleQuestionContext.feedback(answer)));
    }
    boolean caseSensitive = context.flag("usecase", false);
    return new Typed(
        QuestionType.SHORT_ANSWER, new QuestionBody.ShortAnswer(answers, caseSensitive));
  }

  static Typed numerical(MoodleQuestionContext context) {
    List<NumericAnswer> answers = new ArrayList<>();
    for (XmlNode answer : context.question().all("answer")) {
      String value = answer.textChild();
      // LIMITATION: Moodle's catch-all answer "*" has no number, which the model's numeric
      // answers need; it gives no mark, so only its feedback is left out.
      if (value.equals("*")) {
        continue;
      }
      try {
        BigDecimal tolerance = Decimals.parse(answer.at("tolerance").orElse("0")).abs();
        answers.add(
            new NumericAnswer(
                Decimals.parse(value),
                tolerance,
                context.fraction(answer),
                MoodleQuestionContext.feedback(answer)));
      } catch (NumberFormatException e) {
        context.problem("xml.invalidNumber", "answer", value);
      }
    }
    return new Typed(QuestionType.NUMERICAL, numericalBody(context, answers));
  }

  private static QuestionBody.Numerical numericalBody(
      MoodleQuestionContext context, List<NumericAnswer> answers) {
    List<NumericUnit> units = new ArrayList<>();
    context
        .question()
        .child("units")
        .ifPresent(
            list -> {
              for (XmlNode unit : list.all("unit")) {
                String name = unit.at("unit_name").orElse("");
                try {
                  units.add(
                      new NumericUnit(name, Decimals.parse(unit.at("multiplier").orElse("1"))));
                } catch (IllegalArgumentException e) {
                  context.problem(
                      "xml.invalidNumber", "multiplier", unit.at("multiplier").orElse(""));
                }
              }
            });
    boolean unitRequired =
        !units.isEmpty() && !context.question().at("unitgradingtype").orElse("0").equals("0");
    return new QuestionBody.Numerical(answers, units, unitRequired);
  }

  static Typed matching(MoodleQuestionContext context) {
    List<MatchPair> pairs = new ArrayList<>();
    for (XmlNode sub : context.question().all("subquestion")) {
      String answer = sub.at("answer", "text").orElse("");
      pairs.add(new MatchPair(MoodleQuestionContext.rich(sub), answer));
    }
    boolean shuffle = context.flag("shuffleanswers", true);
    return new Typed(QuestionType.MATCHING, new QuestionBody.Matching(pairs, shuffle));
  }

  /** qtype_ordering lists the items with their correct position in {@code fraction}. */
  static Typed ordering(MoodleQuestionContext context) {
    List<XmlNode> answers = new ArrayList<>(context.question().all("answer"));
    answers.sort(Comparator.comparingDouble(a -> position(a)));
    List<RichText> items = answers.stream().map(MoodleQuestionContext::rich).toList();
    return new Typed(QuestionType.ORDERING, new QuestionBody.Ordering(items));
  }

  private static double position(XmlNode answer) {
    try {
      return Double.parseDouble(answer.attribute("fraction").orElse("0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static Typed essay(MoodleQuestionContext context) {
    int lines = context.decimal("responsefieldlines", BigDecimal.valueOf(ESSAY_LINES)).intValue();
    return new Typed(
        QuestionType.ESSAY,
        new QuestionBody.Essay(
            context.rich("responsetemplate"), context.rich("graderinfo"), lines));
  }
}
