package jp.wlink.web.exams;

import java.math.BigDecimal;
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
 * Questions of every answerable type whose answers, feedback and explanations contain marker words,
 * so a test can tell whether any of them reached what a learner sees.
 */
final class ExamContents {
  /** Appears in every feedback, explanation and grader text, and in no stem or option. */
  static final String SECRET = "ひみつ";

  private ExamContents() {}

  static List<QuestionContent> everyType() {
    List<QuestionContent> all = new java.util.ArrayList<>(withChoices());
    all.addAll(withOtherAnswers());
    return all;
  }

  private static List<QuestionContent> withChoices() {
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
                List.of(new AcceptedAnswer("うず巻きポンプ", 1, secret("ok"))), false)));
  }

  private static List<QuestionContent> withOtherAnswers() {
    return List.of(
        numerical(),
        content(
            QuestionType.MATCHING,
            "組み合わせ",
            new QuestionBody.Matching(
                List.of(
                    new MatchPair(RichText.plain("BOD"), "生物化学的酸素要求量"),
                    new MatchPair(RichText.plain("SS"), "浮遊物質"),
                    new MatchPair(RichText.EMPTY, "溶存酸素")),
                true)),
        content(
            QuestionType.ORDERING,
            "順序",
            new QuestionBody.Ordering(
                List.of(RichText.plain("沈砂池"), RichText.plain("最初沈殿池"), RichText.plain("反応タンク")))),
        cloze(),
        content(
            QuestionType.ESSAY,
            "論述してください",
            new QuestionBody.Essay(RichText.EMPTY, secret("採点基準"), 8)));
  }

  static QuestionContent singleChoice() {
    return content(QuestionType.SINGLE_CHOICE, "微生物が分解するもの", choices(1, 0, 0));
  }

  static QuestionContent numerical() {
    return content(
        QuestionType.NUMERICAL,
        "処理能力は何 m3/日ですか",
        new QuestionBody.Numerical(
            List.of(
                new NumericAnswer(new BigDecimal("48213"), new BigDecimal("5"), 1, secret("数"))),
            List.of(new NumericUnit("m3/日", BigDecimal.ONE)),
            false));
  }

  static QuestionContent cloze() {
    ClozeGap typed =
        new ClozeGap(
            ClozeGap.Kind.SHORT_ANSWER,
            1,
            List.of(new ClozeGap.ClozeAnswer("ろ過池", 1, SECRET, BigDecimal.ZERO)));
    ClozeGap menu =
        new ClozeGap(
            ClozeGap.Kind.MULTICHOICE,
            1,
            List.of(
                new ClozeGap.ClozeAnswer("塩素", 1, SECRET, BigDecimal.ZERO),
                new ClozeGap.ClozeAnswer("砂", 0, SECRET, BigDecimal.ZERO)));
    return content(
        QuestionType.CLOZE,
        "水は {#1} を通り、{#2} で消毒します。",
        new QuestionBody.Cloze(List.of(typed, menu)));
  }

  static QuestionContent content(QuestionType type, String stem, QuestionBody body) {
    return new QuestionContent(
        type,
        stem,
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
        java.util.stream.IntStream.range(0, fractions.length)
            .mapToObj(i -> new Choice(RichText.plain(texts[i]), fractions[i], secret("選択肢")))
            .toList();
    return new QuestionBody.Choices(choices, true);
  }

  private static RichText secret(String text) {
    return RichText.html("<p>" + text + SECRET + "</p>");
  }
}
