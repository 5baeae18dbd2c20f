package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.web.i18n.Messages;
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
        .containsExactly("exam.review.withTolerance[48213 m3/日, 5]");
  }

  @Test
  void givesEachGapItsRightAnswers() {
    assertThat(text.key(SampleContents.cloze()))
        .containsExactly("exam.review.gapLine[1, ろ過池]", "exam.review.gapLine[2, 塩素]");
    assertThat(text.given(SampleContents.cloze(), Optional.of(new Response.Gaps(Map.of(1, "砂")))))
        .containsExactly("exam.review.gapLine[2, 砂]");
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
        .containsExactly(
            "exam.review.numbered[1, 反応タンク]",
            "exam.review.numbered[2, 沈砂池]",
            "exam.review.numbered[3, 最初沈殿池]");
  }

  @Test
  void speaksJapaneseToAJapaneseReader() {
    ReviewText japanese = inBundle(Locale.JAPANESE);
    QuestionContent trueFalse = byType(QuestionType.TRUE_FALSE);

    assertThat(japanese.key(SampleContents.numerical())).containsExactly("48213 m3/日（許容誤差 ±5）");
    assertThat(japanese.key(SampleContents.cloze())).containsExactly("空欄1：ろ過池", "空欄2：塩素");
    assertThat(japanese.given(trueFalse, Optional.of(new Response.TrueFalse(true))))
        .containsExactly("正しい");
  }

  @Test
  void speaksEnglishToAnEnglishReader() {
    ReviewText english = inBundle(Locale.ENGLISH);
    QuestionContent trueFalse = byType(QuestionType.TRUE_FALSE);

    assertThat(english.key(SampleContents.numerical()))
        .containsExactly("48213 m3/日 (tolerance ±5)");
    assertThat(english.key(SampleContents.cloze())).containsExactly("Gap 1: ろ過池", "Gap 2: 塩素");
    assertThat(english.given(trueFalse, Optional.of(new Response.TrueFalse(false))))
        .containsExactly("False");
  }

  @Test
  void joinsTheChoicesOfAGapTheReadersWay() {
    Response gaps = new Response.Gaps(Map.of(0, "砂" + Response.Gaps.CHOICE_SEPARATOR + "礫"));

    assertThat(inBundle(Locale.JAPANESE).given(SampleContents.cloze(), Optional.of(gaps)))
        .containsExactly("空欄1：砂、礫");
    assertThat(inBundle(Locale.ENGLISH).given(SampleContents.cloze(), Optional.of(gaps)))
        .containsExactly("Gap 1: 砂, 礫");
  }

  private static ReviewText inBundle(Locale locale) {
    Messages messages = new Messages();
    return new ReviewText(new QuestionDisplay(), (key, args) -> messages.text(locale, key, args));
  }

  private static QuestionContent byType(QuestionType type) {
    return SampleContents.everyType().stream()
        .filter(c -> c.type() == type)
        .findFirst()
        .orElseThrow();
  }
}
