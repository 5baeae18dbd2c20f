package jp.wlink.question.scoring;

import static jp.wlink.question.content.ClozeGap.Kind.MULTICHOICE;
import static jp.wlink.question.content.ClozeGap.Kind.MULTIRESPONSE;
import static jp.wlink.question.content.ClozeGap.Kind.NUMERICAL;
import static jp.wlink.question.content.ClozeGap.Kind.SHORT_ANSWER;
import static jp.wlink.question.content.ClozeGap.Kind.SHORT_ANSWER_CASE_SENSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

class ClozeMatchingTest {
  private final Scorer scorer = new Scorer();

  /** 「{#1}の濃度を{#2} mg/L 以上に保ち、pHは{#3}、凝集剤は{#4}」 with weights 1, 2, 1, 1. */
  private final QuestionContent chlorine =
      QuestionBuilder.cloze()
          .gap(SHORT_ANSWER, 1)
          .accept("残留塩素", 1)
          .accept("塩素", 0.5)
          .gap(NUMERICAL, 2)
          .number("0.1", "0", 1)
          .number("*", "0", 0)
          .gap(SHORT_ANSWER_CASE_SENSITIVE, 1)
          .accept("pH 5.8*8.6", 1)
          .gap(MULTICHOICE, 1)
          .accept("PAC", 1)
          .accept("オゾン", -1)
          .build();

  private double score(Map<Integer, String> answers) {
    return scorer.score(chlorine, new Response.Gaps(answers)).fraction();
  }

  @Test
  void everyGapRightEarnsEverything() {
    assertThat(score(Map.of(0, "\u3000残留塩素 ", 1, "０．１", 2, "pH 5.8～8.6", 3, "PAC"))).isEqualTo(1.0);
  }

  @Test
  void totalIsTheMeanWeightedByGap() {
    // (1 × 0.5 + 2 × 1 + 1 × 0 + 1 × 0) / 5
    assertThat(score(Map.of(0, "塩素", 1, "0.1", 2, "PH 5.8-8.6", 3, "オゾン")))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void gapsLeftEmptyOrMissingEarnNothing() {
    // Only the numerical gap, weight 2 of 5.
    assertThat(score(Map.of(0, " ", 1, "1.0e-1"))).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void numericalGapRefusesUnitsAndText() {
    assertThat(score(Map.of(1, "0.1 mg/L"))).isZero();
    assertThat(score(Map.of(1, "少し"))).isZero();
  }

  @Test
  void choiceGapComparesTheChosenText() {
    assertThat(score(Map.of(3, "PAC"))).isCloseTo(0.2, within(1e-12));
    assertThat(score(Map.of(3, "pac"))).isZero();
  }

  @Test
  void multipleResponseGapAddsTickedAnswersWithinZeroAndOne() {
    QuestionContent question =
        QuestionBuilder.cloze()
            .gap(MULTIRESPONSE, 1)
            .accept("大腸菌", 0.5)
            .accept("一般細菌", 0.5)
            .accept("ナトリウム", -1)
            .build();
    String sep = Response.Gaps.CHOICE_SEPARATOR;

    assertThat(fraction(question, "大腸菌" + sep + "一般細菌")).isEqualTo(1.0);
    assertThat(fraction(question, "一般細菌")).isEqualTo(0.5);
    assertThat(fraction(question, "大腸菌" + sep + "ナトリウム")).isZero();
  }

  private double fraction(QuestionContent question, String gapAnswer) {
    return scorer.score(question, new Response.Gaps(Map.of(0, gapAnswer))).fraction();
  }
}
