package jp.wlink.question.bank;

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

/** One question of every type, with Japanese text, for tests of storage and search. */
public final class SampleContents {
  private SampleContents() {}

  public static List<QuestionContent> everyType() {
    return List.of(
        singleChoice("活性汚泥法で微生物が分解するものはどれですか。"),
        content(QuestionType.MULTIPLE_RESPONSE, "複数選択", choices(0.5, 0.5, -1)),
        content(
            QuestionType.TRUE_FALSE,
            "沈砂池は砂を沈める。",
            new QuestionBody.TrueFalse(true, RichText.html("<p>正しい</p>"), RichText.EMPTY)),
        content(
            QuestionType.SHORT_ANSWER,
            "ポンプの名前",
            new QuestionBody.ShortAnswer(
                List.of(new AcceptedAnswer("うず巻きポンプ", 1, RichText.plain("ok"))), false)),
        numerical("流量を求めなさい。"),
        content(
            QuestionType.MATCHING,
            "組み合わせ",
            new QuestionBody.Matching(
                List.of(
                    new MatchPair(RichText.plain("BOD"), "生物化学的酸素要求量"),
                    new MatchPair(RichText.EMPTY, "浮遊物質")),
                true)),
        content(
            QuestionType.ORDERING,
            "順序",
            new QuestionBody.Ordering(List.of(RichText.plain("沈砂池"), RichText.plain("反応タンク")))),
        content(QuestionType.CLOZE, "管径は {#1} mm です。", new QuestionBody.Cloze(List.of(gap()))),
        content(
            QuestionType.ESSAY,
            "論述",
            new QuestionBody.Essay(RichText.EMPTY, RichText.html("<p>採点基準</p>"), 10)),
        content(QuestionType.DESCRIPTION, "説明文", new QuestionBody.Description()));
  }

  public static QuestionContent singleChoice(String stem) {
    return content(QuestionType.SINGLE_CHOICE, stem, choices(1, 0, 0));
  }

  public static QuestionContent numerical(String stem) {
    QuestionBody body =
        new QuestionBody.Numerical(
            List.of(
                new NumericAnswer(
                    new BigDecimal("50000"), new BigDecimal("0.5"), 1, RichText.EMPTY)),
            List.of(new NumericUnit("m3/日", BigDecimal.ONE)),
            false);
    return new QuestionContent(
        QuestionType.NUMERICAL,
        "数値",
        RichText.html("<p>" + stem + "</p>"),
        RichText.EMPTY,
        RichText.EMPTY,
        new BigDecimal("2.50"),
        BigDecimal.ZERO,
        body);
  }

  public static QuestionContent content(QuestionType type, String stem, QuestionBody body) {
    return new QuestionContent(
        type,
        stem.length() > 20 ? stem.substring(0, 20) : stem,
        RichText.html("<p>" + stem + "</p>"),
        RichText.html("<p>全体フィードバック</p>"),
        RichText.html("<p>解説です。</p>"),
        BigDecimal.ONE,
        new BigDecimal("0.1"),
        body);
  }

  private static QuestionBody.Choices choices(double... fractions) {
    String[] texts = {"有機物", "砂", "鉄"};
    List<Choice> choices =
        java.util.stream.IntStream.range(0, fractions.length)
            .mapToObj(
                i ->
                    new Choice(
                        RichText.html("<p>" + texts[i] + "</p>"),
                        fractions[i],
                        RichText.plain("選択肢" + i)))
            .toList();
    return new QuestionBody.Choices(choices, true);
  }

  private static ClozeGap gap() {
    return new ClozeGap(
        ClozeGap.Kind.NUMERICAL,
        2,
        List.of(new ClozeGap.ClozeAnswer("200", 1, "正解", new BigDecimal("0.5"))));
  }
}
