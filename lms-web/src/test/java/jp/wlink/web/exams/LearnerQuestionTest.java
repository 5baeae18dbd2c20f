package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.web.questions.QuestionDisplay;
import org.junit.jupiter.api.Test;

class LearnerQuestionTest {
  private final QuestionDisplay display = new QuestionDisplay();
  private final Jsonb jsonb = JsonbBuilder.create();

  @Test
  void neverCarriesFractionsFeedbackExplanationsOrAcceptedAnswers() {
    for (QuestionContent content : SampleContents.everyType()) {
      String json = jsonb.toJson(LearnerQuestion.of(content, 42L, display));

      assertThat(json)
          .as(content.type().name())
          .doesNotContain(SampleContents.SECRET)
          .doesNotContain("fraction")
          .doesNotContain("feedback")
          .doesNotContain("explanation")
          .doesNotContain("うず巻きポンプ")
          .doesNotContain("48213")
          .doesNotContain("ろ過池")
          .doesNotContain("tolerance");
    }
  }

  @Test
  void offersTheChoicesOfAChoiceGapButNotTheAnswerOfATypedOne() {
    LearnerQuestion question = LearnerQuestion.of(SampleContents.cloze(), 7L, display);

    assertThat(question.gaps()).hasSize(2);
    assertThat(question.gaps().get(0).options()).isNull();
    assertThat(question.gaps().get(1).options()).containsExactly("塩素", "砂");
  }

  @Test
  void showsChoicesInTheSlotsOrderWithTheirOwnIndexes() {
    QuestionContent content = SampleContents.singleChoice();

    LearnerQuestion question = LearnerQuestion.of(content, 99L, display);

    assertThat(question.choices())
        .extracting(LearnerQuestion.Option::index)
        .containsExactlyElementsOf(display.choiceOrder(content, 99L));
    assertThat(LearnerQuestion.of(content, 99L, display)).isEqualTo(question);
  }

  @Test
  void neverPairsAMatchingPromptWithItsAnswer() {
    QuestionContent matching =
        SampleContents.everyType().stream()
            .filter(c -> c.body() instanceof QuestionBody.Matching)
            .findFirst()
            .orElseThrow();

    LearnerQuestion question = LearnerQuestion.of(matching, 3L, display);

    assertThat(question.prompts()).extracting(LearnerQuestion.Option::index).containsExactly(0, 1);
    assertThat(question.answers()).containsExactlyInAnyOrder("生物化学的酸素要求量", "浮遊物質", "溶存酸素");
    assertThat(jsonb.toJson(question)).doesNotContain("\"answer\"");
  }

  @Test
  void startsAnOrderingQuestionOutOfItsRightOrder() {
    QuestionContent ordering =
        SampleContents.everyType().stream()
            .filter(c -> c.body() instanceof QuestionBody.Ordering)
            .findFirst()
            .orElseThrow();

    for (long seed = 0; seed < 20; seed++) {
      List<Integer> shown =
          LearnerQuestion.of(ordering, seed, display).items().stream()
              .map(LearnerQuestion.Option::index)
              .toList();
      assertThat(shown).as("seed " + seed).isNotEqualTo(List.of(0, 1, 2));
    }
  }
}
