package jp.wlink.question.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;
import jp.wlink.question.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

class ReviewFeedbackTest {
  private final ReviewFeedback feedback = new ReviewFeedback();

  @Test
  void showsTheFeedbackOfEachPickedOptionInQuestionOrder() {
    QuestionContent question =
        QuestionBuilder.multipleResponse()
            .choice("PAC", 0.5, "凝集剤です。")
            .choice("オゾン", -0.5, "酸化剤です。")
            .choice("硫酸バンド", 0.5, "")
            .build();

    assertThat(feedback.forResponse(question, new Response.Chosen(Set.of(2, 1, 0))))
        .containsExactly(RichText.plain("凝集剤です。"), RichText.plain("酸化剤です。"));
  }

  @Test
  void showsTheTrueOrFalseFeedbackForTheValueGiven() {
    QuestionContent question = QuestionBuilder.trueFalse(true).build();

    assertThat(feedback.forResponse(question, new Response.TrueFalse(false)))
        .containsExactly(RichText.plain("「誤り」への講評"));
  }

  @Test
  void showsTheFeedbackOfTheAnswerThatDecidedTheScore() {
    QuestionContent question =
        QuestionBuilder.shortAnswer()
            .accept("残留塩素", 1, "正解です。")
            .accept("*", 0, "残留塩素を確認しましょう。")
            .build();

    assertThat(feedback.forResponse(question, new Response.Text("\u3000残留塩素 ")))
        .containsExactly(RichText.plain("正解です。"));
    assertThat(feedback.forResponse(question, new Response.Text("オゾン")))
        .containsExactly(RichText.plain("残留塩素を確認しましょう。"));
  }

  @Test
  void showsEachGapsFeedbackInGapOrder() {
    QuestionContent question =
        QuestionBuilder.cloze()
            .gap(ClozeGap.Kind.SHORT_ANSWER, 1)
            .accept("塩素", 1, "一つ目は正解です。")
            .gap(ClozeGap.Kind.MULTICHOICE, 1)
            .accept("PAC", 1, "二つ目も正解です。")
            .build();

    assertThat(feedback.forResponse(question, new Response.Gaps(Map.of(1, "PAC", 0, "塩素"))))
        .containsExactly(RichText.plain("一つ目は正解です。"), RichText.plain("二つ目も正解です。"));
  }

  @Test
  void showsNothingForMissingOrStrangeResponses() {
    QuestionContent question = QuestionBuilder.singleChoice().choice("a", 1, "よい").build();

    assertThat(feedback.forResponse(question, null)).isEmpty();
    assertThat(feedback.forResponse(question, new Response.TrueFalse(true))).isEmpty();
  }
}
