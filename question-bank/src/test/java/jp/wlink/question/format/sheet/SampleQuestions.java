package jp.wlink.question.format.sheet;

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
import jp.wlink.question.format.ExportedQuestion;

/** One question of every type with full metadata, as test data for the sheet formats. */
final class SampleQuestions {
  private SampleQuestions() {}

  static List<ExportedQuestion> everyType() {
    return List.of(
        question(QuestionType.SINGLE_CHOICE, singleChoice()),
        question(QuestionType.MULTIPLE_RESPONSE, multipleResponse()),
        question(QuestionType.TRUE_FALSE, trueFalse()),
        question(QuestionType.SHORT_ANSWER, shortAnswer()),
        question(QuestionType.NUMERICAL, numerical()),
        question(QuestionType.MATCHING, matching()),
        question(QuestionType.ORDERING, ordering()),
        question(QuestionType.CLOZE, cloze()),
        question(QuestionType.ESSAY, essay()),
        question(QuestionType.DESCRIPTION, new QuestionBody.Description()));
  }

  static ExportedQuestion question(QuestionType type, QuestionBody body) {
    String stem =
        type == QuestionType.CLOZE
            ? "<p>塩素注入率は {#1} mg/L、方式は {#2} です。</p>"
            : "<p>" + type.name() + ": 次亜塩素酸ナトリウムの<b>管理</b>について答えなさい。</p>";
    QuestionContent content =
        new QuestionContent(
            type,
            "問 " + type.name(),
            RichText.html(stem),
            RichText.plain("全体のフィードバック"),
            RichText.html("<p>解説: 残留塩素 0.1mg/L 以上を保ちます。</p>"),
            new BigDecimal(type == QuestionType.DESCRIPTION ? "0" : "2.5"),
            new BigDecimal("0.3333333"),
            body);
    return new ExportedQuestion(content, metadata(type), List.of());
  }

  static QuestionMetadata metadata(QuestionType type) {
    return new QuestionMetadata(
        List.of("下水道技術検定", "第3種", "法規"),
        List.of("塩素", "消毒"),
        Optional.of("下水道技術検定 第3種"),
        Optional.of("下水道法"),
        List.of("sewer.law.basic", "water.chlorine"),
        3,
        Optional.of("W/LINK 作成問題"),
        Optional.of(2024),
        Optional.of("髙橋 一郎"),
        Optional.of("CC BY 4.0"),
        QuestionStatus.IN_REVIEW,
        Optional.of("Q-" + type.ordinal()));
  }

  static QuestionBody singleChoice() {
    return new QuestionBody.Choices(
        List.of(
            choice("活性汚泥法", 1.0, "正解です。"),
            choice("散水ろ床法", 0, ""),
            choice("<i>接触酸化法</i>", 0, "<p>違います。</p>")),
        true);
  }

  static QuestionBody multipleResponse() {
    return new QuestionBody.Choices(
        List.of(
            choice("ＭＬＳＳ", 1.0 / 3, ""),
            choice("SV30", 2.0 / 3, ""),
            choice("色度", -0.5, "水質基準項目です"),
            choice("濁度", 0, "")),
        false);
  }

  static QuestionBody trueFalse() {
    return new QuestionBody.TrueFalse(false, RichText.plain("違います"), RichText.EMPTY);
  }

  static QuestionBody shortAnswer() {
    return new QuestionBody.ShortAnswer(
        List.of(
            new AcceptedAnswer("残留塩素", 1.0, RichText.EMPTY),
            new AcceptedAnswer("遊離残留塩素", 0.5, RichText.plain("惜しい"))),
        true);
  }

  static QuestionBody numerical() {
    return new QuestionBody.Numerical(
        List.of(
            new NumericAnswer(new BigDecimal("50000"), new BigDecimal("500"), 1.0, RichText.EMPTY),
            new NumericAnswer(new BigDecimal("0.1"), BigDecimal.ZERO, 0.5, RichText.plain("単位"))),
        List.of(
            new NumericUnit("m3/日", BigDecimal.ONE),
            new NumericUnit("L/日", new BigDecimal("1000"))),
        true);
  }

  static QuestionBody matching() {
    return new QuestionBody.Matching(
        List.of(
            new MatchPair(RichText.plain("沈砂池"), "砂の除去"),
            new MatchPair(RichText.html("<p>最初沈殿池</p>"), "浮遊物の沈殿"),
            new MatchPair(RichText.EMPTY, "汚泥の焼却")),
        true);
  }

  static QuestionBody ordering() {
    return new QuestionBody.Ordering(
        List.of(RichText.plain("沈砂池"), RichText.plain("最初沈殿池"), RichText.plain("反応タンク")));
  }

  static QuestionBody cloze() {
    return new QuestionBody.Cloze(
        List.of(
            new ClozeGap(
                ClozeGap.Kind.NUMERICAL,
                2,
                List.of(
                    new ClozeAnswer("1.5", 1.0, "正解", new BigDecimal("0.1")),
                    new ClozeAnswer("15", 0, "桁が違います#~", new BigDecimal("0")))),
            new ClozeGap(
                ClozeGap.Kind.MULTICHOICE,
                1,
                List.of(
                    new ClozeAnswer("定率注入", 1.0, "", BigDecimal.ZERO),
                    new ClozeAnswer("=手動{注入}", 0.25, "", BigDecimal.ZERO)))));
  }

  static QuestionBody essay() {
    return new QuestionBody.Essay(
        RichText.plain("1. 原因:\n2. 対策:"), RichText.html("<p>ばっ気量に触れること</p>"), 10);
  }

  private static Choice choice(String text, double fraction, String feedback) {
    return new Choice(CellText.rich(text), fraction, CellText.rich(feedback));
  }
}
