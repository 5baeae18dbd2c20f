package jp.wlink.question.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;

/**
 * Builds a question for a test in a line or two: start with the type, add what the test is about,
 * build. Everything else gets a plain default (mark 1, no penalty, empty feedback).
 */
public final class QuestionBuilder {
  private final QuestionType type;
  private BigDecimal penalty = BigDecimal.ZERO;
  private boolean flag;
  private final List<Choice> choices = new ArrayList<>();
  private final List<AcceptedAnswer> accepted = new ArrayList<>();
  private final List<NumericAnswer> numbers = new ArrayList<>();
  private final List<NumericUnit> units = new ArrayList<>();
  private final List<MatchPair> pairs = new ArrayList<>();
  private final List<RichText> items = new ArrayList<>();
  private final List<PendingGap> gaps = new ArrayList<>();

  private QuestionBuilder(QuestionType type) {
    this.type = type;
  }

  public static QuestionBuilder singleChoice() {
    return new QuestionBuilder(QuestionType.SINGLE_CHOICE);
  }

  public static QuestionBuilder multipleResponse() {
    return new QuestionBuilder(QuestionType.MULTIPLE_RESPONSE);
  }

  /** A true/false question whose right answer is {@code answer}. */
  public static QuestionBuilder trueFalse(boolean answer) {
    QuestionBuilder builder = new QuestionBuilder(QuestionType.TRUE_FALSE);
    builder.flag = answer;
    return builder;
  }

  public static QuestionBuilder shortAnswer() {
    return new QuestionBuilder(QuestionType.SHORT_ANSWER);
  }

  public static QuestionBuilder numerical() {
    return new QuestionBuilder(QuestionType.NUMERICAL);
  }

  public static QuestionBuilder matching() {
    return new QuestionBuilder(QuestionType.MATCHING);
  }

  /** An ordering question whose items are given in their right order. */
  public static QuestionBuilder ordering(String... itemsInOrder) {
    QuestionBuilder builder = new QuestionBuilder(QuestionType.ORDERING);
    for (String item : itemsInOrder) {
      builder.items.add(RichText.plain(item));
    }
    return builder;
  }

  public static QuestionBuilder cloze() {
    return new QuestionBuilder(QuestionType.CLOZE);
  }

  public static QuestionBuilder essay() {
    return new QuestionBuilder(QuestionType.ESSAY);
  }

  public static QuestionBuilder description() {
    return new QuestionBuilder(QuestionType.DESCRIPTION);
  }

  public QuestionBuilder penalty(String share) {
    penalty = new BigDecimal(share);
    return this;
  }

  public QuestionBuilder choice(String text, double fraction) {
    return choice(text, fraction, "");
  }

  public QuestionBuilder choice(String text, double fraction, String feedback) {
    choices.add(new Choice(RichText.plain(text), fraction, RichText.plain(feedback)));
    return this;
  }

  /** An accepted short answer; for a cloze question, an answer of the last gap added. */
  public QuestionBuilder accept(String text, double fraction) {
    return accept(text, fraction, "");
  }

  public QuestionBuilder accept(String text, double fraction, String feedback) {
    if (type == QuestionType.CLOZE) {
      gaps.get(gaps.size() - 1).add(text, fraction, feedback, "0");
    } else {
      accepted.add(new AcceptedAnswer(text, fraction, RichText.plain(feedback)));
    }
    return this;
  }

  public QuestionBuilder caseSensitive() {
    flag = true;
    return this;
  }

  /** A numerical answer; for a cloze question, a numerical answer of the last gap added. */
  public QuestionBuilder number(String value, String tolerance, double fraction) {
    if (type == QuestionType.CLOZE) {
      gaps.get(gaps.size() - 1).add(value, fraction, "", tolerance);
    } else {
      numbers.add(
          new NumericAnswer(
              new BigDecimal(value), new BigDecimal(tolerance), fraction, RichText.EMPTY));
    }
    return this;
  }

  public QuestionBuilder unit(String name, String multiplier) {
    units.add(new NumericUnit(name, new BigDecimal(multiplier)));
    return this;
  }

  public QuestionBuilder unitRequired() {
    flag = true;
    return this;
  }

  public QuestionBuilder pair(String prompt, String answer) {
    pairs.add(new MatchPair(RichText.plain(prompt), answer));
    return this;
  }

  public QuestionBuilder distractor(String answer) {
    pairs.add(new MatchPair(RichText.EMPTY, answer));
    return this;
  }

  /** Starts a cloze gap; the answers that follow belong to it. */
  public QuestionBuilder gap(ClozeGap.Kind kind, int weight) {
    gaps.add(new PendingGap(kind, weight, new ArrayList<>()));
    return this;
  }

  public QuestionContent build() {
    return new QuestionContent(
        type,
        type.name(),
        RichText.plain("問題文"),
        RichText.EMPTY,
        RichText.EMPTY,
        BigDecimal.ONE,
        penalty,
        body());
  }

  private QuestionBody body() {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> new QuestionBody.Choices(choices, false);
      case TRUE_FALSE ->
          new QuestionBody.TrueFalse(flag, RichText.plain("「正しい」への講評"), RichText.plain("「誤り」への講評"));
      case SHORT_ANSWER -> new QuestionBody.ShortAnswer(accepted, flag);
      case NUMERICAL -> new QuestionBody.Numerical(numbers, units, flag);
      case MATCHING -> new QuestionBody.Matching(pairs, false);
      case ORDERING -> new QuestionBody.Ordering(items);
      case CLOZE -> new QuestionBody.Cloze(gaps.stream().map(PendingGap::build).toList());
      case ESSAY -> new QuestionBody.Essay(RichText.EMPTY, RichText.EMPTY, 10);
      case DESCRIPTION -> new QuestionBody.Description();
    };
  }

  private record PendingGap(ClozeGap.Kind kind, int weight, List<ClozeGap.ClozeAnswer> answers) {
    void add(String text, double fraction, String feedback, String tolerance) {
      answers.add(new ClozeGap.ClozeAnswer(text, fraction, feedback, new BigDecimal(tolerance)));
    }

    ClozeGap build() {
      return new ClozeGap(kind, weight, answers);
    }
  }
}
