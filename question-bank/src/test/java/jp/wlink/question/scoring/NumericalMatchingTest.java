package jp.wlink.question.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

class NumericalMatchingTest {
  private final Scorer scorer = new Scorer();

  /** 処理能力 50,000 m3/日, also accepted in litres per day. */
  private final QuestionContent capacity =
      QuestionBuilder.numerical()
          .number("50000", "0", 1)
          .unit("m3/日", "1")
          .unit("L/日", "1000")
          .unitRequired()
          .build();

  private double score(QuestionContent question, String text) {
    return scorer.score(question, new Response.Text(text)).fraction();
  }

  @Test
  void acceptsTheMainUnitInAnySpelling() {
    assertThat(score(capacity, "50,000 m3/日")).isEqualTo(1.0);
    assertThat(score(capacity, "５０，０００㎥/日")).isEqualTo(1.0);
    assertThat(score(capacity, "50000m3/日")).isEqualTo(1.0);
  }

  @Test
  void dividesByTheUnitsMultiplier() {
    assertThat(score(capacity, "50,000,000 L/日")).isEqualTo(1.0);
    assertThat(score(capacity, "50,000 L/日")).isZero();
  }

  @Test
  void requiredUnitMissingOrUnknownEarnsZero() {
    assertThat(score(capacity, "50000")).isZero();
    assertThat(score(capacity, "50000 t/日")).isZero();
  }

  @Test
  void optionalUnitMayBeLeftOutButNotMistyped() {
    QuestionContent optional =
        QuestionBuilder.numerical().number("0.4", "0", 1).unit("mg/L", "1").build();

    assertThat(score(optional, "0.4")).isEqualTo(1.0);
    assertThat(score(optional, "０．４㎎/Ｌ")).isEqualTo(1.0);
    assertThat(score(optional, "0.4 ppm")).isZero();
  }

  @Test
  void questionWithoutUnitsRefusesTrailingText() {
    QuestionContent plain = QuestionBuilder.numerical().number("7", "0", 1).build();

    assertThat(score(plain, "7")).isEqualTo(1.0);
    assertThat(score(plain, "7 くらい")).isZero();
  }

  @Test
  void toleranceIncludesItsBounds() {
    QuestionContent ph = QuestionBuilder.numerical().number("7.0", "0.5", 1).build();

    assertThat(score(ph, "6.5")).isEqualTo(1.0);
    assertThat(score(ph, "7.5")).isEqualTo(1.0);
    assertThat(score(ph, "7.51")).isZero();
    assertThat(score(ph, "6.49")).isZero();
  }

  @Test
  void bestFractionWinsWhereTolerancesOverlap() {
    QuestionContent question =
        QuestionBuilder.numerical().number("100", "20", 0.5).number("100", "2", 1).build();

    assertThat(score(question, "101")).isEqualTo(1.0);
    assertThat(score(question, "110")).isEqualTo(0.5);
    assertThat(score(question, "121")).isZero();
  }

  @Test
  void unreadableNumberEarnsZero() {
    assertThat(score(capacity, "五万")).isZero();
    assertThat(score(capacity, "")).isZero();
  }
}
