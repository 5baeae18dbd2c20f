package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.web.questions.QuestionDisplay;
import org.junit.jupiter.api.Test;

class ReviewTextTest {
  private final ReviewText text =
      new ReviewText(new QuestionDisplay(), (key, args) -> key + java.util.Arrays.toString(args));

  @Test
  void namesTheRightChoicesOfAChoiceQuestion() {
    QuestionContent content = SampleContents.singleChoice();

    assertThat(text.key(content)).singleElement().asString().contains("有機物");
    assertThat(text.given(content, Optional.of(new Response.Chosen(Set.of(1)))))
        .singleElement()
        .asString()
        .contains("砂");
  }

  @Test
  void givesANumericalAnswerWithItsUnitAndTolerance() {
    assertThat(text.key(SampleContents.numerical()))
        .containsExactly("48213 m3/日 exam.review.tolerance[5]");
  }

  @Test
  void givesEachGapItsRightAnswers() {
    assertThat(text.key(SampleContents.cloze()))
        .containsExactly("exam.review.gap[1] ろ過池", "exam.review.gap[2] 塩素");
    assertThat(text.given(SampleContents.cloze(), Optional.of(new Response.Gaps(Map.of(1, "砂")))))
        .containsExactly("exam.review.gap[2] 砂");
  }

  @Test
  void escapesWhatTheLearnerTyped() {
    QuestionContent essay = byType(QuestionType.ESSAY);

    assertThat(text.given(essay, Optional.of(new Response.Text("<script>x</script>"))))
        .containsExactly("&lt;script&gt;x&lt;/script&gt;");
  }

  @Test
  void leavesTheAnswerOfAnEssayToTheGrader() {
    assertThat(text.key(byType(QuestionType.ESSAY))).isEmpty();
    assertThat(text.given(byType(QuestionType.ESSAY), Optional.empty())).isEmpty();
  }

  @Test
  void showsTheOrderTheLearnerChoseNumbered() {
    QuestionContent ordering = byType(QuestionType.ORDERING);

    assertThat(text.given(ordering, Optional.of(new Response.Ordered(java.util.List.of(2, 0, 1)))))
        .containsExactly("1. 反応タンク", "2. 沈砂池", "3. 最初沈殿池");
  }

  private static QuestionContent byType(QuestionType type) {
    return SampleContents.everyType().stream()
        .filter(c -> c.type() == type)
        .findFirst()
        .orElseThrow();
  }
}
