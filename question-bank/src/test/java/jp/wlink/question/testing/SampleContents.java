package jp.wlink.question.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;

/**
 * One question of every type with Japanese text, shared by the bank's storage tests and the web
 * module's exam tests. Every feedback, explanation and grader text carries {@link #SECRET}, so a
 * test can tell whether any of them reached what a learner sees; answers are words no stem holds.
 */
public final class SampleContents {
  /** Appears in every feedback, explanation and grader text, and in no stem, option or answer. */
  public static final String SECRET = "ひみつ";

  private SampleContents() {}

  /** Every type once, in the order of {@link QuestionType}. */
  public static List<QuestionContent> everyType() {
    return List.of(
        singleChoice(),
        content(QuestionType.MULTIPLE_RESPONSE, "複数選ぶ", choices(0.5, 0.5, -1)),
        content(
            QuestionType.TRUE_FALSE,
            "沈砂池は砂を沈める。",
            new QuestionBody.TrueFalse(true, secret("正"), secret("誤"))),
        content(
            QuestionType.SHORT_ANSWER,
            "ポンプの名前",
            new QuestionBody.ShortAnswer(
                List.of(new AcceptedAnswer("うず巻きポンプ", 1, secret("ok"))), false)),
        numerical(),
        matching(),
        content(
            QuestionType.ORDERING,
            "順序",
            new QuestionBody.Ordering(
                List.of(RichText.plain("沈砂池"), RichText.plain("最初沈殿池"), RichText.plain("反応タンク")))),
        cloze(),
        content(
            QuestionType.ESSAY,
            "論述してください",
            new QuestionBody.Essay(RichText.EMPTY, secret("採点基準"), 8)),
        content(QuestionType.DESCRIPTION, "説明文", new QuestionBody.Description()));
  }

  public static QuestionContent singleChoice() {
    return singleChoice("活性汚泥法で微生物が分解するものはどれですか。");
  }

  /** The single-choice sample with another stem, for tests that need many distinct questions. */
  public static QuestionContent singleChoice(String stem) {
    return content(QuestionType.SINGLE_CHOICE, stem, choices(1, 0, 0));
  }

  public static QuestionContent numerical() {
    return numerical("処理能力は何 m3/日ですか");
  }

  /** 48213 m3/日 ± 5, with a default mark of 2.50 whose scale storage must keep. */
  public static QuestionContent numerical(String stem) {
    QuestionBody body =
        new QuestionBody.Numerical(
            List.of(
                new NumericAnswer(new BigDecimal("48213"), new BigDecimal("5"), 1, secret("数"))),
            List.of(new NumericUnit("m3/日", BigDecimal.ONE)),
            false);
    QuestionContent plain = content(QuestionType.NUMERICAL, stem, body);
    return new QuestionContent(
        plain.type(),
        plain.name(),
        plain.stem(),
        plain.generalFeedback(),
        plain.explanation(),
        new BigDecimal("2.50"),
        BigDecimal.ZERO,
        body);
  }

  /** Two prompts and a distractor. */
  public static QuestionContent matching() {
    return content(
        QuestionType.MATCHING,
        "組み合わせ",
        new QuestionBody.Matching(
            List.of(
                new MatchPair(RichText.plain("BOD"), "生物化学的酸素要求量"),
                new MatchPair(RichText.plain("SS"), "浮遊物質"),
                new MatchPair(RichText.EMPTY, "溶存酸素")),
            true));
  }

  /** A typed gap whose answer is ろ過池, then a menu of 塩素 (right) and 砂. */
  public static QuestionContent cloze() {
    ClozeGap typed =
        new ClozeGap(
            ClozeGap.Kind.SHORT_ANSWER,
            1,
            List.of(new ClozeAnswer("ろ過池", 1, SECRET, BigDecimal.ZERO)));
    ClozeGap menu =
        new ClozeGap(
            ClozeGap.Kind.MULTICHOICE,
            1,
            List.of(
                new ClozeAnswer("塩素", 1, SECRET, BigDecimal.ZERO),
                new ClozeAnswer("砂", 0, SECRET, BigDecimal.ZERO)));
    return content(
        QuestionType.CLOZE,
        "水は {#1} を通り、{#2} で消毒します。",
        new QuestionBody.Cloze(List.of(typed, menu)));
  }

  /** The body with an HTML stem, a name cut to 20 characters, mark 1 and penalty 0.1. */
  public static QuestionContent content(QuestionType type, String stem, QuestionBody body) {
    return new QuestionContent(
        type,
        stem.length() > 20 ? stem.substring(0, 20) : stem,
        RichText.html("<p>" + stem + "</p>"),
        secret("全体"),
        secret("解説"),
        BigDecimal.ONE,
        new BigDecimal("0.1"),
        body);
  }

  private static QuestionBody.Choices choices(double... fractions) {
    String[] texts = {"有機物", "砂", "鉄"};
    List<Choice> choices =
        IntStream.range(0, fractions.length)
            .mapToObj(
                i ->
                    new Choice(
                        RichText.html("<p>" + texts[i] + "</p>"), fractions[i], secret("選択肢")))
            .toList();
    return new QuestionBody.Choices(choices, true);
  }

  private static RichText secret(String text) {
    return RichText.html("<p>" + text + SECRET + "</p>");
  }
}
