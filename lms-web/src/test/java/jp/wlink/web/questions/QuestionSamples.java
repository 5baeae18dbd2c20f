package jp.wlink.web.questions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.ClozeGap;
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
 * Questions of every type with Japanese text, and metadata for them, as the bank's persistence
 * tests store them. Names are made unique so that tests sharing the schema never meet.
 */
final class QuestionSamples {
  private QuestionSamples() {}

  static QuestionMetadata metadata(List<String> path, String... tags) {
    return QuestionMetadata.inCategory(path).withTags(List.of(tags));
  }

  static QuestionMetadata full(
      List<String> path, String certification, String subject, int level, String skill) {
    return new QuestionMetadata(
        path,
        List.of("tag-" + certification),
        Optional.of(certification),
        Optional.of(subject),
        List.of(skill),
        level,
        Optional.of("過去問 令和5年"),
        Optional.of(2023),
        Optional.of("髙橋"),
        Optional.of("CC BY 4.0"),
        QuestionStatus.PUBLISHED,
        Optional.empty());
  }

  static List<QuestionContent> everyType() {
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

  static QuestionContent singleChoice(String stem) {
    return content(QuestionType.SINGLE_CHOICE, stem, choices(1, 0, 0));
  }

  static QuestionContent numerical(String stem) {
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

  static QuestionContent content(QuestionType type, String stem, QuestionBody body) {
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
