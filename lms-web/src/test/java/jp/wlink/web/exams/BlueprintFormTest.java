package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.question.certification.ThresholdKind;
import org.junit.jupiter.api.Test;

class BlueprintFormTest {

  @Test
  void acceptsAWholeValidBlueprint() {
    assertThat(valid().problems()).isEmpty();
  }

  @Test
  void rejectsAMinimumAboveTheSubjectsQuestionCount() {
    BlueprintForm form = valid();
    form.getSubjects().get(0).setMinimumCorrect(11);

    assertThat(form.problems())
        .extracting(BlueprintForm.Problem::key)
        .containsExactly("blueprint.invalid.minimum");
  }

  @Test
  void rejectsAnOverallMinimumAboveAllQuestionsAndAPercentAboveHundred() {
    BlueprintForm form = valid();
    form.setOverallValue(31);
    form.setCoreKind(ThresholdKind.PERCENT);
    form.setCoreValue(101);

    assertThat(form.problems())
        .extracting(BlueprintForm.Problem::field)
        .containsExactly("overall", "core");
  }

  @Test
  void rejectsACoreMinimumWithoutCoreSubjects() {
    BlueprintForm form = valid();
    form.getSubjects().forEach(s -> s.setCore(false));
    form.setCoreKind(ThresholdKind.CORRECT);
    form.setCoreValue(3);

    assertThat(form.problems())
        .extracting(BlueprintForm.Problem::key)
        .contains("blueprint.invalid.coreWithoutSubjects");
  }

  @Test
  void rejectsDuplicateAndBlankSubjectsAndSourcesThatAreNoWebAddress() {
    BlueprintForm form = valid();
    form.getSubjects().get(1).setName("法規");
    form.addSubject();
    form.setSources("https://www.jswa.go.jp/kentei/\njavascript:alert(1)");

    assertThat(form.problems())
        .extracting(BlueprintForm.Problem::key)
        .containsExactly(
            "blueprint.invalid.duplicate",
            "blueprint.invalid.subjectName",
            "blueprint.invalid.count",
            "blueprint.invalid.source");
  }

  @Test
  void rejectsATimeLimitOfZero() {
    BlueprintForm form = valid();
    form.setTimeLimitMinutes(0);

    assertThat(form.problems())
        .extracting(BlueprintForm.Problem::field)
        .containsExactly("timeLimit");
  }

  private static BlueprintForm valid() {
    BlueprintForm form = new BlueprintForm();
    form.setTimeLimitMinutes(120);
    form.addSubject();
    form.addSubject();
    BlueprintForm.SubjectRow law = form.getSubjects().get(0);
    law.setName("法規");
    law.setQuestionCount(10);
    law.setMinimumCorrect(4);
    law.setCore(true);
    BlueprintForm.SubjectRow treatment = form.getSubjects().get(1);
    treatment.setName("下水処理");
    treatment.setQuestionCount(20);
    form.setOverallKind(ThresholdKind.CORRECT);
    form.setOverallValue(18);
    form.setSources("https://www.jswa.go.jp/kentei/goannai.html");
    return form;
  }
}
