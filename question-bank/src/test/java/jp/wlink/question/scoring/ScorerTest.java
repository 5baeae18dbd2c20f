package jp.wlink.question.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer();

  private final QuestionContent disinfectant =
      QuestionBuilder.singleChoice()
          .choice("次亜塩素酸ナトリウム", 1)
          .choice("硫酸アルミニウム", 0)
          .choice("活性炭", -0.5)
          .build();

  private final QuestionContent coagulants =
      QuestionBuilder.multipleResponse()
          .choice("ポリ塩化アルミニウム", 0.5)
          .choice("硫酸アルミニウム", 0.5)
          .choice("次亜塩素酸ナトリウム", -0.5)
          .choice("オゾン", -0.5)
          .build();

  @Test
  void singleChoiceEarnsTheChosenOptionsFraction() {
    assertThat(scorer.score(disinfectant, chosen(0)).fraction()).isEqualTo(1.0);
    assertThat(scorer.score(disinfectant, chosen(1)).fraction()).isZero();
  }

  @Test
  void singleChoiceNeverGoesBelowZero() {
    assertThat(scorer.score(disinfectant, chosen(2))).isEqualTo(Score.NONE);
  }

  @Test
  void singleChoiceWithSeveralOptionsPickedEarnsNothing() {
    assertThat(scorer.score(disinfectant, chosen(0, 1)).fraction()).isZero();
  }

  @Test
  void multipleResponseGivesPartialCredit() {
    assertThat(scorer.score(coagulants, chosen(0)).fraction()).isEqualTo(0.5);
    assertThat(scorer.score(coagulants, chosen(0, 1)).fraction()).isEqualTo(1.0);
  }

  @Test
  void multipleResponseWrongOptionsCancelRightOnes() {
    assertThat(scorer.score(coagulants, chosen(0, 1, 2)).fraction()).isEqualTo(0.5);
    assertThat(scorer.score(coagulants, chosen(0, 2, 3)).fraction()).isZero();
  }

  @Test
  void multipleResponseTickingEverythingDoesNotPay() {
    assertThat(scorer.score(coagulants, chosen(0, 1, 2, 3)).fraction()).isZero();
  }

  @Test
  void choiceIndexesOutsideTheQuestionAreIgnored() {
    assertThat(scorer.score(coagulants, chosen(0, 7, -1)).fraction()).isEqualTo(0.5);
    assertThat(scorer.score(disinfectant, chosen(9)).fraction()).isZero();
  }

  @Test
  void trueFalseEarnsAllOrNothing() {
    QuestionContent question = QuestionBuilder.trueFalse(false).build();

    assertThat(scorer.score(question, new Response.TrueFalse(false)).fraction()).isEqualTo(1.0);
    assertThat(scorer.score(question, new Response.TrueFalse(true)).fraction()).isZero();
  }

  @Test
  void matchingCreditsEachRightPromptIgnoringDistractors() {
    QuestionContent question =
        QuestionBuilder.matching()
            .pair("pH", "水素イオン濃度指数")
            .pair("BOD", "生物化学的酸素要求量")
            .pair("SS", "浮遊物質")
            .pair("COD", "化学的酸素要求量")
            .distractor("溶存酸素")
            .build();
    Response threeRight =
        new Response.Matched(Map.of(0, "水素イオン濃度指数", 1, "生物化学的酸素要求量", 2, "浮遊物質", 3, "溶存酸素"));

    assertThat(scorer.score(question, threeRight).fraction()).isEqualTo(0.75);
  }

  @Test
  void matchingAcceptsTheSameAnswerForTwoPrompts() {
    QuestionContent question =
        QuestionBuilder.matching().pair("凝集剤", "薬品").pair("消毒剤", "薬品").build();

    Response both = new Response.Matched(Map.of(0, "薬品", 1, "薬品"));

    assertThat(scorer.score(question, both).fraction()).isEqualTo(1.0);
  }

  @Test
  void essayWithTextAwaitsGrading() {
    QuestionContent essay = QuestionBuilder.essay().build();

    assertThat(scorer.score(essay, new Response.Text("<p>塩素注入率を上げます。</p>")))
        .isEqualTo(Score.AWAITING_GRADING);
    assertThat(scorer.score(essay, new Response.Text("<p><img src=\"sketch.png\"></p>")))
        .isEqualTo(Score.AWAITING_GRADING);
  }

  @Test
  void emptyEssayEarnsZeroAndDoesNotWaitForAGrader() {
    QuestionContent essay = QuestionBuilder.essay().build();

    assertThat(scorer.score(essay, new Response.Text("<p>\u3000</p><p><br></p>")))
        .isEqualTo(Score.NONE);
    assertThat(scorer.score(essay, null)).isEqualTo(Score.NONE);
  }

  @Test
  void descriptionScoresNothingAndDoesNotCount() {
    QuestionContent description = QuestionBuilder.description().build();

    assertThat(scorer.score(description, new Response.Text("x"))).isEqualTo(Score.NONE);
    assertThat(scorer.counts(description)).isFalse();
    assertThat(scorer.counts(disinfectant)).isTrue();
  }

  @Test
  void missingOrWrongKindResponsesEarnZeroForEveryType() {
    List<QuestionContent> questions =
        List.of(
            disinfectant,
            coagulants,
            QuestionBuilder.trueFalse(true).build(),
            QuestionBuilder.shortAnswer().accept("*", 1).build(),
            QuestionBuilder.numerical().number("1", "100", 1).build(),
            QuestionBuilder.matching().pair("a", "b").build(),
            QuestionBuilder.ordering("a", "b").build(),
            QuestionBuilder.cloze()
                .gap(jp.wlink.question.content.ClozeGap.Kind.SHORT_ANSWER, 1)
                .accept("*", 1)
                .build());
    Response stranger = new Response.Ordered(List.of(1, 0));

    assertThat(questions)
        .allSatisfy(q -> assertThat(scorer.score(q, null)).isEqualTo(Score.NONE))
        .allSatisfy(q -> assertThat(scorer.score(q, stranger).fraction()).isZero());
  }

  @Test
  void eachWrongTryCostsThePenalty() {
    QuestionContent question = QuestionBuilder.trueFalse(true).penalty("0.3333333").build();
    Score full = Score.of(1.0);

    assertThat(scorer.afterWrongTries(full, question, 0)).isEqualTo(full);
    assertThat(scorer.afterWrongTries(full, question, 1).fraction())
        .isCloseTo(0.6666667, within(1e-9));
    assertThat(scorer.afterWrongTries(full, question, 2).fraction())
        .isCloseTo(0.3333334, within(1e-9));
    assertThat(scorer.afterWrongTries(full, question, 4).fraction()).isZero();
  }

  @Test
  void penaltiesLeaveAnEssayAwaitingGrading() {
    QuestionContent essay = QuestionBuilder.essay().penalty("0.5").build();

    assertThat(scorer.afterWrongTries(Score.AWAITING_GRADING, essay, 1))
        .isEqualTo(Score.AWAITING_GRADING);
  }

  @Test
  void refusesANegativeNumberOfTries() {
    assertThatThrownBy(() -> scorer.afterWrongTries(Score.NONE, disinfectant, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Response chosen(Integer... indexes) {
    return new Response.Chosen(Set.of(indexes));
  }
}
