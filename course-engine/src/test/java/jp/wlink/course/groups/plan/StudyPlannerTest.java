package jp.wlink.course.groups.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyPlannerTest {
  /** A Friday, so the first week is a short one. */
  private static final LocalDate START = LocalDate.of(2026, 12, 4);

  private static final LocalDate EXAM = LocalDate.of(2027, 2, 14);

  private static final List<PlanSubject> SUBJECTS =
      List.of(
          new PlanSubject("S:1", "下水道法", 10),
          new PlanSubject("S:2", "管路施設", 25),
          new PlanSubject("S:3", "処理施設", 5),
          new PlanSubject("S:4", "維持管理", 20));

  private final StudyPlanner planner = new StudyPlanner();

  @Test
  void subjectTotalsAreProportionalToTheirExamQuestions() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, EXAM, 100);

    double perWeight = plan.totalQuestions() / 60.0;
    for (PlanSubject subject : SUBJECTS) {
      assertThat((double) plan.totalFor(subject.code()))
          .as(subject.code())
          .isCloseTo(subject.examQuestions() * perWeight, within(1.0));
    }
  }

  @Test
  void weekTotalsAreExactlyTheVolumeForTheirDays() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, EXAM, 70);

    assertThat(plan.weeks())
        .allSatisfy(week -> assertThat(week.totalQuestions()).isEqualTo(week.days() * 10));
    assertThat(plan.week(1).days()).isEqualTo(3);
    assertThat(plan.lastWeek().days()).isEqualTo(7);
  }

  @Test
  void weeksRunMondayToSundayClippedToStartAndExam() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, EXAM);

    assertThat(plan.start()).isEqualTo(START);
    assertThat(plan.lastWeek().end()).isEqualTo(EXAM);
    assertThat(plan.weeks().subList(1, plan.weeks().size()))
        .allSatisfy(week -> assertThat(week.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    for (int i = 1; i < plan.weeks().size(); i++) {
      assertThat(plan.week(i + 1).start()).isEqualTo(plan.week(i).end().plusDays(1));
    }
    assertThat(plan.weeks()).extracting(PlanWeek::number).startsWith(1, 2, 3);
  }

  @Test
  void everySubjectIsPractisedAndAllAppearInTheLastWeek() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, EXAM, 20);

    assertThat(SUBJECTS).allSatisfy(s -> assertThat(plan.totalFor(s.code())).isPositive());
    assertThat(plan.lastWeek().questions().values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void theLastWeeksAreReviewWithAMockExamAndTheRestNewMaterial() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, EXAM);

    assertThat(plan.weeks()).hasSize(11);
    assertThat(plan.weeks())
        .extracting(PlanWeek::kind)
        .endsWith(WeekKind.STUDY, WeekKind.MOCK_EXAM, WeekKind.MOCK_EXAM)
        .filteredOn(kind -> kind == WeekKind.STUDY)
        .hasSize(9);
    assertThat(plan.lastWeek().mockExams()).isEqualTo(1);
    assertThat(plan.week(1).mockExams()).isZero();
  }

  @Test
  void studyWeeksWorkThroughTheSubjectsInBlueprintOrder() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, EXAM);

    assertThat(plan.week(1).questionsFor("S:1")).isPositive();
    assertThat(plan.week(1).questionsFor("S:4")).isZero();
    assertThat(plan.week(9).questionsFor("S:4")).isPositive();
    assertThat(plan.week(9).questionsFor("S:1")).isZero();
  }

  @Test
  void refusesAnExamBeforeTheStart() {
    assertThatThrownBy(() -> planner.generate(SUBJECTS, START, START.minusDays(1)))
        .isInstanceOfSatisfying(
            PlanRefused.class,
            refused ->
                assertThat(refused.problem()).isEqualTo(PlanRefused.Problem.EXAM_BEFORE_START));
  }

  @Test
  void refusesABlueprintWithoutSubjects() {
    assertThatThrownBy(() -> planner.generate(List.of(), START, EXAM))
        .isInstanceOfSatisfying(
            PlanRefused.class,
            refused -> assertThat(refused.problem()).isEqualTo(PlanRefused.Problem.NO_SUBJECTS));
  }

  @Test
  void anExamInTheSameWeekGetsASingleMockExamWeek() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, START.plusDays(2));

    assertThat(plan.weeks())
        .singleElement()
        .satisfies(
            week -> {
              assertThat(week.kind()).isEqualTo(WeekKind.MOCK_EXAM);
              assertThat(week.start()).isEqualTo(START);
              assertThat(week.end()).isEqualTo(START.plusDays(2));
              assertThat(week.questions().values()).allSatisfy(n -> assertThat(n).isPositive());
            });
  }

  @Test
  void anExamOnTheStartDayStillCoversEverySubject() throws PlanRefused {
    StudyPlan plan = planner.generate(SUBJECTS, START, START, 7);

    assertThat(plan.weeks()).singleElement();
    assertThat(plan.totalQuestions()).isEqualTo(SUBJECTS.size());
  }

  @Test
  void aShortExamWeekMakesTheWeekBeforeAReviewWeekToo() throws PlanRefused {
    LocalDate tuesday = LocalDate.of(2026, 12, 22);

    StudyPlan plan = planner.generate(SUBJECTS, START, tuesday);

    assertThat(plan.weeks())
        .extracting(PlanWeek::kind)
        .containsExactly(WeekKind.STUDY, WeekKind.STUDY, WeekKind.MOCK_EXAM, WeekKind.MOCK_EXAM);
  }

  @Test
  void anExamAYearAheadGetsAPlanForItsFinalWeeks() throws PlanRefused {
    LocalDate exam = START.plusYears(1);

    StudyPlan plan = planner.generate(SUBJECTS, START, exam);

    assertThat(plan.weeks()).hasSize(StudyPlanner.MAX_WEEKS);
    assertThat(plan.capped()).isTrue();
    assertThat(plan.requestedStart()).isEqualTo(START);
    assertThat(plan.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(plan.lastWeek().end()).isEqualTo(exam);
    assertThat(plan.weeks()).allSatisfy(week -> assertThat(week.totalQuestions()).isPositive());
  }

  @Test
  void aPlanWithinTheHorizonIsNotCapped() throws PlanRefused {
    assertThat(planner.generate(SUBJECTS, START, EXAM).capped()).isFalse();
  }

  @Test
  void aSingleSubjectGetsEveryQuestion() throws PlanRefused {
    List<PlanSubject> one = List.of(new PlanSubject("X:1", "総合", 40));

    StudyPlan plan = planner.generate(one, START, EXAM, 70);

    assertThat(plan.totalFor("X:1")).isEqualTo(plan.totalQuestions());
    assertThat(plan.weeks())
        .allSatisfy(week -> assertThat(week.questions()).containsOnlyKeys("X:1"));
  }

  @Test
  void aTinySubjectKeepsItsReviewQuestions() throws PlanRefused {
    List<PlanSubject> skewed =
        List.of(new PlanSubject("A", "大", 500), new PlanSubject("B", "小", 1));

    StudyPlan plan = planner.generate(skewed, START, EXAM, 7);

    assertThat(plan.totalFor("B")).isEqualTo(2);
    assertThat(plan.weeks()).allSatisfy(week -> assertThat(week.totalQuestions()).isNotNegative());
  }

  @Test
  void theSameInputGivesTheSamePlan() throws PlanRefused {
    assertThat(planner.generate(SUBJECTS, START, EXAM, 83))
        .isEqualTo(new StudyPlanner().generate(List.copyOf(SUBJECTS), START, EXAM, 83));
  }
}
