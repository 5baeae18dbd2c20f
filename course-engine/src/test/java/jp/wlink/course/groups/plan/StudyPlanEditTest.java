package jp.wlink.course.groups.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StudyPlanEditTest {
  private static final List<PlanSubject> SUBJECTS =
      List.of(new PlanSubject("S:1", "法規", 10), new PlanSubject("S:2", "施設", 30));

  private final StudyPlan plan = plan();

  private static StudyPlan plan() {
    try {
      return new StudyPlanner()
          .generate(SUBJECTS, LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 10));
    } catch (PlanRefused e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anEditChangesOneWeekAndLeavesTheOriginalAlone() throws PlanRefused {
    int before = plan.week(2).questionsFor("S:2");

    StudyPlan edited = plan.edit(2, "S:2", before + 15);

    assertThat(edited.week(2).questionsFor("S:2")).isEqualTo(before + 15);
    assertThat(edited.week(2).totalQuestions()).isEqualTo(plan.week(2).totalQuestions() + 15);
    assertThat(plan.week(2).questionsFor("S:2")).isEqualTo(before);
    assertThat(edited.week(1)).isEqualTo(plan.week(1));
    assertThat(edited.week(3)).isEqualTo(plan.week(3));
  }

  @Test
  void anEditMayRemoveASubjectFromAWeek() throws PlanRefused {
    StudyPlan edited = plan.edit(5, "S:1", 0);

    assertThat(edited.week(5).questionsFor("S:1")).isZero();
    assertThat(edited.week(5).questions()).containsKey("S:1");
  }

  @Test
  void refusesANegativeCount() {
    assertRefused(() -> plan.edit(1, "S:1", -1), PlanRefused.Problem.NEGATIVE_COUNT);
  }

  @Test
  void refusesAWeekThePlanDoesNotHave() {
    assertRefused(() -> plan.edit(0, "S:1", 5), PlanRefused.Problem.UNKNOWN_WEEK);
    assertRefused(() -> plan.edit(6, "S:1", 5), PlanRefused.Problem.UNKNOWN_WEEK);
  }

  @Test
  void refusesASubjectThePlanDoesNotHave() {
    assertRefused(() -> plan.edit(1, "S:9", 5), PlanRefused.Problem.UNKNOWN_SUBJECT);
  }

  @Test
  void theWeeksCannotBeChangedFromOutside() {
    assertThatThrownBy(() -> plan.weeks().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.week(1).questions().put("S:1", 99))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static void assertRefused(ThrowingCallable edit, PlanRefused.Problem problem) {
    assertThatThrownBy(edit)
        .isInstanceOfSatisfying(
            PlanRefused.class, refused -> assertThat(refused.problem()).isEqualTo(problem));
  }
}
