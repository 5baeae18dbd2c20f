package jp.wlink.question.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import org.junit.jupiter.api.Test;

class ContentLimitsTest {

  @Test
  void acceptsAStemOfExactlyTheLimit() {
    QuestionContent content = choices("あ".repeat(ContentLimits.TEXT), "有機物");

    assertThat(ContentLimits.excesses(content)).isEmpty();
  }

  @Test
  void refusesAPastedDocumentAsStemWithTheStemsLimit() {
    QuestionContent content = choices("あ".repeat(300_000), "有機物");

    assertThat(ContentLimits.excesses(content))
        .containsExactly(new ContentLimits.Excess("stem", ContentLimits.TEXT));
  }

  @Test
  void countsAWindowsLineBreakAsOneCharacterAsTheBrowserDoes() {
    String lines = "水\r\n".repeat(ContentLimits.TEXT / 2);

    assertThat(ContentLimits.length(lines)).isEqualTo(ContentLimits.TEXT);
    assertThat(ContentLimits.excesses(choices(lines, "砂"))).isEmpty();
  }

  @Test
  void refusesAChoiceOverThePartLimitOnceForTheAnswerList() {
    String longChoice = "砂".repeat(ContentLimits.PART + 1);

    assertThat(ContentLimits.excesses(choices("問題文", longChoice)))
        .containsExactly(new ContentLimits.Excess("answers", ContentLimits.PART));
  }

  @Test
  void refusesAnOverLongGraderInfoOfAnEssay() {
    QuestionBody essay =
        new QuestionBody.Essay(
            RichText.EMPTY, RichText.html("x".repeat(ContentLimits.TEXT + 1)), 5);
    QuestionContent content = content(QuestionType.ESSAY, "記述せよ", essay);

    assertThat(ContentLimits.excesses(content))
        .containsExactly(new ContentLimits.Excess("graderInfo", ContentLimits.TEXT));
  }

  private static QuestionContent choices(String stem, String secondChoice) {
    QuestionBody body =
        new QuestionBody.Choices(
            List.of(
                new Choice(RichText.html("有機物"), 1.0, RichText.EMPTY),
                new Choice(RichText.html(secondChoice), 0.0, RichText.EMPTY)),
            false);
    return content(QuestionType.SINGLE_CHOICE, stem, body);
  }

  private static QuestionContent content(QuestionType type, String stem, QuestionBody body) {
    return new QuestionContent(
        type,
        "名前",
        RichText.html(stem),
        RichText.EMPTY,
        RichText.EMPTY,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        body);
  }
}
