package jp.wlink.question.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;

/**
 * One question of each type in Japanese, in the canonical form readers produce (sanitised HTML,
 * trimmed text, numbers without trailing zeros), for round trips through the formats.
 */
public final class SampleQuestions {
  private SampleQuestions() {}

  public static RichText html(String text) {
    return RichText.html(text);
  }

  /** A question with Moodle's defaults: mark 1, the type's usual penalty, nothing else. */
  public static QuestionContent content(QuestionType type, String name, QuestionBody body) {
    BigDecimal penalty =
        switch (type) {
          case TRUE_FALSE -> BigDecimal.ONE;
          case ESSAY, DESCRIPTION -> BigDecimal.ZERO;
          default -> new BigDecimal("0.3333333");
        };
    RichText feedback =
        type == QuestionType.DESCRIPTION ? RichText.EMPTY : html("<p>" + name + "の解説です。</p>");
    return new QuestionContent(
        type,
        name,
        html("<p>" + name + ": 流量Q = 50,000㎥/日 {計画値} #1 ~概算 \\ 髙橋</p>"),
        feedback,
        RichText.EMPTY,
        BigDecimal.ONE,
        penalty,
        body);
  }

  public static QuestionBody.Choices singleChoice() {
    return new QuestionBody.Choices(
        List.of(
            new Choice(html("<p>分流式</p>"), 1, html("<p>正解です。</p>")),
            new Choice(html("<p>合流式</p>"), 0, html("<p>雨水も流れます。</p>")),
            new Choice(html("<p>第Ⅲ種</p>"), 0.3333333, RichText.EMPTY),
            new Choice(html("<p>誤り</p>"), -0.5, RichText.EMPTY)),
        true);
  }

  public static QuestionBody.Choices multipleResponse() {
    return new QuestionBody.Choices(
        List.of(
            new Choice(html("<p>沈砂池</p>"), 0.5, RichText.EMPTY),
            new Choice(html("<p>最初沈殿池</p>"), 0.5, html("<p>そうです。</p>")),
            new Choice(html("<p>配水池</p>"), -1, html("<p>上水道の施設です。</p>"))),
        true);
  }

  public static QuestionBody trueFalse() {
    return new QuestionBody.TrueFalse(false, html("<p>誤りです。</p>"), html("<p>正解です。</p>"));
  }

  public static QuestionBody shortAnswer() {
    return new QuestionBody.ShortAnswer(
        List.of(
            new AcceptedAnswer("活性汚泥", 1, html("<p>正解です。</p>")),
            new AcceptedAnswer("かっせいおでい", 0.5, RichText.EMPTY),
            new AcceptedAnswer("*", 0, html("<p>違います。</p>"))),
        false);
  }

  public static QuestionBody.Numerical numerical(List<NumericUnit> units) {
    return new QuestionBody.Numerical(
        List.of(
            new NumericAnswer(new BigDecimal("50000"), new BigDecimal("100"), 1, RichText.EMPTY),
            new NumericAnswer(
                new BigDecimal("-1.5"), new BigDecimal("0.05"), 0.5, html("<p>惜しい。</p>"))),
        units,
        !units.isEmpty());
  }

  public static QuestionBody matching() {
    return new QuestionBody.Matching(
        List.of(
            new MatchPair(html("<p>BOD</p>"), "生物化学的酸素要求量"),
            new MatchPair(html("<p>SS</p>"), "浮遊物質"),
            new MatchPair(RichText.EMPTY, "化学的酸素要求量")),
        true);
  }

  public static QuestionBody ordering() {
    return new QuestionBody.Ordering(
        List.of(html("<p>沈砂池</p>"), html("<p>最初沈殿池</p>"), html("<p>反応タンク</p>")));
  }

  public static QuestionBody cloze() {
    return new QuestionBody.Cloze(
        List.of(
            new ClozeGap(
                ClozeGap.Kind.SHORT_ANSWER,
                1,
                List.of(
                    new ClozeAnswer("標準活性汚泥法", 1, "正解です。", BigDecimal.ZERO),
                    new ClozeAnswer("活性汚泥法", 0.5, "", BigDecimal.ZERO))),
            new ClozeGap(
                ClozeGap.Kind.NUMERICAL,
                2,
                List.of(new ClozeAnswer("50000", 1, "", new BigDecimal("100")))),
            new ClozeGap(
                ClozeGap.Kind.MULTICHOICE_VERTICAL,
                1,
                List.of(
                    new ClozeAnswer("分流式", 1, "", BigDecimal.ZERO),
                    new ClozeAnswer("合流式 {旧}", 0, "違います #2", BigDecimal.ZERO)))));
  }

  public static RichText clozeStem() {
    return html("<p>{#1}は処理方式です。能力は{#2}㎥/日、排除方式は{#3}です。</p>");
  }

  public static QuestionBody essay(boolean withOptions) {
    return withOptions
        ? new QuestionBody.Essay(html("<p>ここに記入</p>"), html("<p>採点基準</p>"), 10)
        : new QuestionBody.Essay(RichText.EMPTY, RichText.EMPTY, 15);
  }

  /** Metadata using every field the bank keeps. */
  public static QuestionMetadata fullMetadata() {
    return new QuestionMetadata(
        List.of("下水道技術検定", "第3種"),
        List.of("法規", "過去問"),
        Optional.of("下水道技術検定 第3種"),
        Optional.of("法規"),
        List.of("sk-101", "sk-102"),
        3,
        Optional.of("令和5年度 試験"),
        Optional.of(2023),
        Optional.of("髙橋"),
        Optional.of("CC BY 4.0"),
        QuestionStatus.PUBLISHED,
        Optional.of("Q-001"));
  }

  public static QuestionMetadata simpleMetadata() {
    return QuestionMetadata.inCategory(List.of("下水道技術検定", "第3種"))
        .withTags(List.of("法規"))
        .withIdNumber("Q-001");
  }
}
