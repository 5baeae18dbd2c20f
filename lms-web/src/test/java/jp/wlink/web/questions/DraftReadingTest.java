package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import jp.wlink.question.bank.ContentLimits;
import jp.wlink.question.bank.files.ContentTexts;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.question.testing.SampleMetadata;
import jp.wlink.question.text.RichTextRenderer;
import org.junit.jupiter.api.Test;

class DraftReadingTest {
  private static final RichTextRenderer RENDERER = new RichTextRenderer();

  @Test
  void savingAnUnchangedFormKeepsTheQuestionForEveryType() {
    QuestionMetadata metadata =
        SampleMetadata.published(
            List.of("下水道技術検定 第3種", "法規"), "GESUIDO_3", "法規", 3, "sewerage-act");
    for (QuestionContent sample : samples()) {
      QuestionContent original = ContentTexts.map(sample, t -> RichText.html(RENDERER.toHtml(t)));

      QuestionDraft draft = DraftReading.read(FormFilling.fill(original, metadata));

      assertThat(draft.problems()).as(original.type().name()).isEmpty();
      assertThat(draft.content())
          .get()
          .as(original.type().name())
          .usingRecursiveComparison()
          .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
          .isEqualTo(original);
      assertThat(draft.metadata()).hasValue(metadata);
    }
  }

  @Test
  void readsTheClozeGapsTheAuthorTypedInMoodleSyntax() {
    QuestionForm form = form(QuestionType.CLOZE);
    form.setStem("残留塩素は {1:SHORTANSWER:=0.1#正解~%50%0.2} mg/L 以上、{2:MC:=週~日} に1回");

    QuestionContent content = DraftReading.read(form).content().orElseThrow();

    assertThat(content.stem().text()).isEqualTo("残留塩素は {#1} mg/L 以上、{#2} に1回");
    List<ClozeGap> gaps = ((QuestionBody.Cloze) content.body()).gaps();
    assertThat(gaps)
        .extracting(ClozeGap::kind)
        .containsExactly(ClozeGap.Kind.SHORT_ANSWER, ClozeGap.Kind.MULTICHOICE);
    assertThat(gaps.get(1).weight()).isEqualTo(2);
  }

  @Test
  void reportsABrokenClozeGapWithTheImportersMessage() {
    QuestionForm form = form(QuestionType.CLOZE);
    form.setStem("答えは {1:MULTICHOICE:=ひとつだけ} です");

    QuestionDraft draft = DraftReading.read(form);

    assertThat(draft.savable()).isFalse();
    assertThat(draft.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.messageKey()).startsWith("question.import.error.cloze."))
        .satisfies(p -> assertThat(p.field()).isEqualTo("stem"));
  }

  @Test
  void acceptsNumbersTypedInFullWidthWithSeparators() {
    QuestionForm form = form(QuestionType.NUMERICAL);
    form.getAnswers().add(AnswerRow.numeric("５０，０００", "５００", "１００", ""));
    form.getUnits().add(new UnitRow("㎥/日", "1"));

    QuestionBody.Numerical body =
        (QuestionBody.Numerical) DraftReading.read(form).content().orElseThrow().body();

    assertThat(body.answers().get(0).value()).isEqualByComparingTo("50000");
    assertThat(body.answers().get(0).tolerance()).isEqualByComparingTo("500");
    assertThat(body.units().get(0).name()).isEqualTo("㎥/日");
  }

  @Test
  void namesTheRowOfAnAnswerThatIsWrongAndKeepsTheMetadataApart() {
    QuestionForm form = form(QuestionType.SINGLE_CHOICE);
    form.getAnswers().add(new AnswerRow("沈砂池", "100", ""));
    form.getAnswers().add(new AnswerRow("反応タンク", "百", ""));
    form.getMetadata().setYear("1800");

    QuestionDraft draft = DraftReading.read(form);

    assertThat(draft.problems())
        .extracting(FormProblem::messageKey, FormProblem::arguments)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "questions.edit.error.percentInvalid", List.of("2")),
            org.assertj.core.groups.Tuple.tuple(
                "questions.edit.error.yearInvalid", List.of("1900", "2100")));
  }

  @Test
  void refusesASingleChoiceWithoutAFullMarkChoice() {
    QuestionForm form = form(QuestionType.SINGLE_CHOICE);
    form.getAnswers().add(new AnswerRow("沈砂池", "50", ""));
    form.getAnswers().add(new AnswerRow("反応タンク", "0", ""));

    assertThat(DraftReading.read(form).problems())
        .extracting(FormProblem::messageKey)
        .containsExactly("questions.edit.error.choicesNoFullMark");
  }

  @Test
  void namesAQuestionAfterTheStartOfItsTextWhenTheNameIsBlank() {
    QuestionForm form = form(QuestionType.DESCRIPTION);
    form.setStem("<p>" + "処理能力 50,000㎥/日の下水処理場について、次の問いに答えなさい。".repeat(2) + "</p>");

    String name = DraftReading.read(form).content().orElseThrow().name();

    assertThat(name).hasSize(DraftReading.NAME_FROM_STEM).startsWith("処理能力 50,000㎥/日");
  }

  @Test
  void removesScriptFromHtmlTheAuthorTypes() {
    QuestionForm form = form(QuestionType.DESCRIPTION);
    form.setStem("<p onclick=\"alert(1)\">第Ⅲ種</p><script>alert(1)</script>");

    String stem = DraftReading.read(form).content().orElseThrow().stem().text();

    assertThat(stem).contains("第Ⅲ種").doesNotContain("script").doesNotContain("onclick");
  }

  @Test
  void refusesAPastedDocumentAsStemWithTheLimitAndKeepsTheForm() {
    QuestionForm form = form(QuestionType.DESCRIPTION);
    String pasted = "沈殿池の管理について。".repeat(30_000);
    form.setStem(pasted);

    QuestionDraft draft = DraftReading.read(form);

    assertThat(draft.savable()).isFalse();
    assertThat(draft.problems())
        .extracting(FormProblem::field, FormProblem::messageKey, FormProblem::arguments)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "stem", "questions.edit.error.tooLong", List.of("20000")));
    assertThat(form.getStem()).isEqualTo(pasted);
  }

  @Test
  void checksTheLengthAsTypedNotAsSanitised() {
    QuestionForm form = form(QuestionType.DESCRIPTION);
    form.setExplanation("<script>x</script>".repeat(ContentLimits.TEXT / 10));

    assertThat(DraftReading.read(form).problems())
        .extracting(FormProblem::field)
        .containsExactly("explanation");
  }

  @Test
  void refusesAnOverLongChoiceWithThePartLimit() {
    QuestionForm form = form(QuestionType.SINGLE_CHOICE);
    form.getAnswers().add(new AnswerRow("沈砂池", "100", ""));
    form.getAnswers().add(new AnswerRow("砂".repeat(ContentLimits.PART + 1), "0", ""));

    assertThat(DraftReading.read(form).problems())
        .extracting(FormProblem::messageKey)
        .containsExactly("questions.edit.error.partTooLong");
  }

  /** Every type; the matching sample gets a second pair, as the editor (like Moodle) asks. */
  private static List<QuestionContent> samples() {
    return SampleContents.everyType().stream()
        .map(
            sample ->
                sample.type() != QuestionType.MATCHING
                    ? sample
                    : SampleContents.content(
                        QuestionType.MATCHING,
                        "組み合わせ",
                        new QuestionBody.Matching(
                            List.of(
                                new MatchPair(RichText.plain("BOD"), "生物化学的酸素要求量"),
                                new MatchPair(RichText.plain("SS"), "浮遊物質"),
                                new MatchPair(RichText.EMPTY, "化学的酸素要求量")),
                            true)))
        .toList();
  }

  private static QuestionForm form(QuestionType type) {
    QuestionForm form = new QuestionForm();
    form.setType(type);
    form.setStem("<p>問題文</p>");
    form.getMetadata().setCategoryPath("下水道技術検定 第3種 / 法規");
    return form;
  }
}
