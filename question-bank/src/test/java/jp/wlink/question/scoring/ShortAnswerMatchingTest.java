package jp.wlink.question.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

class ShortAnswerMatchingTest {
  private final Scorer scorer = new Scorer();

  private double score(QuestionContent question, String text) {
    return scorer.score(question, new Response.Text(text)).fraction();
  }

  @Test
  void acceptsAnswersTypedInAnyWidthOrKana() {
    QuestionContent question = QuestionBuilder.shortAnswer().accept("カルキ", 1).build();

    assertThat(score(question, "ｶﾙｷ")).isEqualTo(1.0);
    assertThat(score(question, "かるき")).isEqualTo(1.0);
    assertThat(score(question, "\u3000カルキ ")).isEqualTo(1.0);
    assertThat(score(question, "カルキ臭")).isZero();
  }

  @Test
  void ignoresCaseUnlessTheQuestionSaysOtherwise() {
    QuestionContent anyCase = QuestionBuilder.shortAnswer().accept("pH", 1).build();
    QuestionContent exactCase =
        QuestionBuilder.shortAnswer().accept("pH", 1).caseSensitive().build();

    assertThat(score(anyCase, "ＰＨ")).isEqualTo(1.0);
    assertThat(score(exactCase, "ＰＨ")).isZero();
    assertThat(score(exactCase, "ｐＨ")).isEqualTo(1.0);
  }

  @Test
  void starMatchesAnyRunOfCharacters() {
    QuestionContent question = QuestionBuilder.shortAnswer().accept("残留*塩素", 1).build();

    assertThat(score(question, "残留塩素")).isEqualTo(1.0);
    assertThat(score(question, "残留遊離塩素")).isEqualTo(1.0);
    assertThat(score(question, "遊離塩素")).isZero();
  }

  @Test
  void escapedStarIsLiteralAndRegexCharactersMeanThemselves() {
    QuestionContent question = QuestionBuilder.shortAnswer().accept("a\\*b.c", 1).build();

    assertThat(score(question, "a*b.c")).isEqualTo(1.0);
    assertThat(score(question, "a*bxc")).isZero();
    assertThat(score(question, "aXb.c")).isZero();
  }

  @Test
  void firstMatchingAnswerInListOrderDecides() {
    QuestionContent question =
        QuestionBuilder.shortAnswer().accept("*塩素", 0.5).accept("残留塩素", 1).build();

    assertThat(score(question, "残留塩素")).isEqualTo(0.5);
  }

  @Test
  void blankResponseMatchesNotEvenALoneStar() {
    QuestionContent question = QuestionBuilder.shortAnswer().accept("*", 1).build();

    assertThat(score(question, " \u3000")).isZero();
    assertThat(score(question, null)).isZero();
  }

  @Test
  void negativeAnswerEarnsZero() {
    QuestionContent question = QuestionBuilder.shortAnswer().accept("結合塩素", -1).build();

    assertThat(score(question, "結合塩素")).isZero();
  }
}
