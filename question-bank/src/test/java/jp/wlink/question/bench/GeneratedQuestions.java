package jp.wlink.question.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import jp.wlink.question.format.ExportedQuestion;

/** Questions of all ten types in turn, with Japanese text and metadata, for the benchmarks. */
final class GeneratedQuestions {
  private static final String[] TOPICS = {
    "次亜塩素酸ナトリウム", "残留塩素 0.1mg/L", "活性汚泥法", "凝集沈殿", "急速ろ過", "汚泥処理", "管路の維持管理"
  };

  private GeneratedQuestions() {}

  static List<ExportedQuestion> mixed(int count) {
    List<ExportedQuestion> questions = new ArrayList<>(count);
    QuestionType[] types = QuestionType.values();
    for (int i = 0; i < count; i++) {
      QuestionType type = types[i % types.length];
      questions.add(new ExportedQuestion(content(i, type), metadata(i), List.of()));
    }
    return questions;
  }

  private static QuestionContent content(int i, QuestionType type) {
    String topic = TOPICS[i % TOPICS.length];
    String stem =
        type == QuestionType.CLOZE
            ? "<p>" + topic + " の注入率は {#1} mg/L です。</p>"
            : "<p>問" + i + ": <b>" + topic + "</b> について、正しいものを答えなさい。</p>";
    return new QuestionContent(
        type,
        "問" + i + " " + topic,
        RichText.html(stem),
        RichText.plain("よくできました。"),
        RichText.html("<p>" + topic + " は上下水道の基本事項です。</p>"),
        type == QuestionType.DESCRIPTION ? BigDecimal.ZERO : BigDecimal.ONE,
        new BigDecimal("0.1"),
        body(i, type));
  }

  private static QuestionMetadata metadata(int i) {
    return new QuestionMetadata(
        List.of("下水道技術検定", "第" + (2 + i % 2) + "種", "科目" + (i % 5)),
        List.of("tag" + (i % 20), "模擬"),
        Optional.of("下水道技術検定"),
        Optional.of("科目" + (i % 5)),
        List.of("skill." + (i % 50)),
        1 + i % 5,
        Optional.of("W/LINK"),
        Optional.of(2020 + i % 6),
        Optional.of("作成者" + (i % 9)),
        Optional.of("CC BY 4.0"),
        QuestionStatus.values()[i % QuestionStatus.values().length],
        Optional.of("GEN-" + i));
  }

  private static QuestionBody body(int i, QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices(i, type == QuestionType.SINGLE_CHOICE);
      case TRUE_FALSE -> new QuestionBody.TrueFalse(i % 2 == 0, RichText.EMPTY, RichText.EMPTY);
      case SHORT_ANSWER ->
          new QuestionBody.ShortAnswer(
              List.of(new AcceptedAnswer("答え" + i, 1.0, RichText.EMPTY)), false);
      case NUMERICAL ->
          new QuestionBody.Numerical(
              List.of(
                  new NumericAnswer(
                      BigDecimal.valueOf(i), new BigDecimal("0.5"), 1.0, RichText.EMPTY)),
              List.of(new NumericUnit("m3/日", BigDecimal.ONE)),
              false);
      case MATCHING ->
          new QuestionBody.Matching(
              List.of(
                  new MatchPair(RichText.plain("沈砂池"), "砂の除去"),
                  new MatchPair(RichText.plain("反応タンク"), "有機物の分解")),
              true);
      case ORDERING ->
          new QuestionBody.Ordering(
              List.of(RichText.plain("沈砂池"), RichText.plain("反応タンク"), RichText.plain("消毒")));
      case CLOZE -> cloze();
      case ESSAY -> new QuestionBody.Essay(RichText.EMPTY, RichText.plain("要点を確認"), 10);
      case DESCRIPTION -> new QuestionBody.Description();
    };
  }

  private static QuestionBody cloze() {
    ClozeGap.ClozeAnswer answer = new ClozeGap.ClozeAnswer("1.5", 1.0, "", new BigDecimal("0.1"));
    return new QuestionBody.Cloze(
        List.of(new ClozeGap(ClozeGap.Kind.NUMERICAL, 1, List.of(answer))));
  }

  private static QuestionBody choices(int i, boolean single) {
    List<Choice> choices = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      double fraction = single ? (c == i % 4 ? 1.0 : 0.0) : (c < 2 ? 0.5 : 0.0);
      choices.add(new Choice(RichText.plain("選択肢" + (c + 1)), fraction, RichText.EMPTY));
    }
    return new QuestionBody.Choices(choices, true);
  }
}
