package jp.wlink.course.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillCatalogueTest {
  private static final SkillName NAMED = new SkillName("DPD法", "DPD method");

  @Test
  void acceptsAnIdInTheFormatOfTheCourseAndQuestionSkillFields() {
    assertThat(SkillCatalogue.problemsOfNew("josui.dpd-method_2", NAMED, false)).isEmpty();
  }

  @Test
  void refusesAnIdTheSkillFieldsWouldRefuse() {
    for (String id : new String[] {"", "Josui.DPD", "josui..dpd", "josui dpd", "残留塩素", "a."}) {
      assertThat(SkillCatalogue.problemsOfNew(id, NAMED, false))
          .as(id)
          .containsExactly(SkillProblem.ID_INVALID);
    }
    assertThat(SkillCatalogue.problemsOfNew("a".repeat(101), NAMED, false))
        .containsExactly(SkillProblem.ID_INVALID);
  }

  @Test
  void refusesATakenIdAndReportsTheNameProblemsWithIt() {
    assertThat(SkillCatalogue.problemsOfNew("josui.coagulation", new SkillName("", null), true))
        .containsExactly(SkillProblem.ID_TAKEN, SkillProblem.NAME_JA_REQUIRED);
  }
}
