package jp.wlink.course.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import jp.wlink.question.exam.MockExamScore;
import org.junit.jupiter.api.Test;

class ExamReadinessTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final LocalDate IN_30_DAYS = TODAY.plusDays(30);

  private final ExamReadiness readiness = new ExamReadiness(0.8);

  @Test
  void withoutMockExamsTheEstimateIsTheMasteryAlone() {
    Readiness estimate = readiness.estimate(List.of(0.4, 0.8, 0.0), List.of(), TODAY, IN_30_DAYS);

    assertThat(estimate.percent()).isEqualTo(50);
    assertThat(estimate.masteryPercent()).hasValue(50);
    assertThat(estimate.mockExamPercent()).isEmpty();
    assertThat(estimate.masteryOnly()).isTrue();
    assertThat(estimate.daysToExam()).isEqualTo(30);
  }

  @Test
  void everySkillMasteredAndAMockExamPassedIsFullyReady() {
    Readiness estimate =
        readiness.estimate(List.of(0.95, 0.8), List.of(mock(45, 60, 38, true)), TODAY, IN_30_DAYS);

    assertThat(estimate.percent()).isEqualTo(100);
    assertThat(estimate.mockExams()).isEqualTo(1);
  }

  @Test
  void oneMockExamWeighsAsMuchAsTheMastery() {
    Readiness estimate =
        readiness.estimate(List.of(0.8, 0.8), List.of(mock(19, 60, 38, false)), TODAY, IN_30_DAYS);

    assertThat(estimate.mockExamPercent()).hasValue(50);
    assertThat(estimate.percent()).isEqualTo(75);
  }

  @Test
  void onlyTheLatestThreeMockExamsCountAndWeighThreeQuarters() {
    List<MockExamScore> mocks =
        List.of(
            mock(38, 60, 38, true),
            mock(38, 60, 38, true),
            mock(38, 60, 38, true),
            mock(0, 60, 38, false));

    Readiness estimate = readiness.estimate(List.of(0.0), mocks, TODAY, IN_30_DAYS);

    assertThat(estimate.mockExams()).isEqualTo(3);
    assertThat(estimate.mockExamPercent()).hasValue(100);
    assertThat(estimate.percent()).isEqualTo(75);
  }

  @Test
  void withoutSkillsTheMockExamsDecideAndWithNeitherNothingIsReady() {
    Readiness mocksOnly =
        readiness.estimate(List.of(), List.of(mock(19, 60, 38, false)), TODAY, IN_30_DAYS);
    Readiness nothing = readiness.estimate(List.of(), List.of(), TODAY, IN_30_DAYS);

    assertThat(mocksOnly.percent()).isEqualTo(50);
    assertThat(mocksOnly.masteryPercent()).isEqualTo(OptionalInt.empty());
    assertThat(nothing.percent()).isZero();
  }

  @Test
  void onTheExamDayNoDaysAreLeft() {
    Readiness estimate = readiness.estimate(List.of(0.8), List.of(), TODAY, TODAY);

    assertThat(estimate.daysToExam()).isZero();
    assertThat(estimate.examToday()).isTrue();
    assertThat(estimate.examPast()).isFalse();
  }

  @Test
  void afterTheExamDateTheDaysTurnNegativeAndTheEstimateRemains() {
    Readiness estimate =
        readiness.estimate(
            List.of(0.4), List.of(mock(60, 60, 38, true)), TODAY, TODAY.minusDays(2));

    assertThat(estimate.daysToExam()).isEqualTo(-2);
    assertThat(estimate.examPast()).isTrue();
    assertThat(estimate.percent()).isEqualTo(75);
  }

  private static MockExamScore mock(double points, int possible, double line, boolean passed) {
    return new MockExamScore(points, possible, line, passed, Instant.parse("2026-12-01T00:00:00Z"));
  }
}
