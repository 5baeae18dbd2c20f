package jp.wlink.course.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {
  @Test
  void standardRuleNeedsEveryLessonAndEveryCheckpoint() {
    CompletionRule rule = CompletionRule.standard(1);

    assertThat(rule.isMetBy(new StudyCounts(10, 10, 4, 5))).isFalse();
    assertThat(rule.isMetBy(new StudyCounts(9, 10, 5, 5))).isFalse();
    assertThat(rule.isMetBy(new StudyCounts(10, 10, 5, 5))).isTrue();
  }

  @Test
  void allLessonsIgnoresCheckpoints() {
    CompletionRule rule = new CompletionRule(1, CompletionKind.ALL_LESSONS, 100, Optional.empty());

    assertThat(rule.isMetBy(new StudyCounts(10, 10, 0, 5))).isTrue();
  }

  @Test
  void percentRuleCountsWholeLessonsAgainstTheThreshold() {
    CompletionRule rule =
        new CompletionRule(1, CompletionKind.PERCENT_OF_LESSONS, 80, Optional.empty());

    assertThat(rule.isMetBy(new StudyCounts(7, 9, 0, 0))).isFalse();
    assertThat(rule.isMetBy(new StudyCounts(8, 10, 0, 0))).isTrue();
  }

  @Test
  void aCourseWithoutLessonsIsNeverComplete() {
    CompletionRule rule =
        new CompletionRule(1, CompletionKind.PERCENT_OF_LESSONS, 1, Optional.empty());

    assertThat(rule.isMetBy(new StudyCounts(0, 0, 0, 0))).isFalse();
  }

  @Test
  void aValidityInMonthsEndsTheDayBeforeTheSameDate() {
    CompletionRule rule = new CompletionRule(1, CompletionKind.ALL_LESSONS, 100, Optional.of(36));

    assertThat(rule.expiryFor(LocalDate.of(2026, 12, 4))).contains(LocalDate.of(2029, 12, 3));
    assertThat(CompletionRule.standard(1).expiryFor(LocalDate.of(2026, 12, 4))).isEmpty();
  }

  @Test
  void refusesAPercentageOutsideOneToHundred() {
    assertThatThrownBy(
            () -> new CompletionRule(1, CompletionKind.PERCENT_OF_LESSONS, 0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
