package jp.wlink.course.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void countsDaysInARowEndingToday() {
    assertThat(Streak.days(List.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2)), TODAY))
        .isEqualTo(3);
  }

  @Test
  void keepsYesterdaysStreakUntilTodayIsOver() {
    assertThat(Streak.days(List.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(2);
  }

  @Test
  void aGapEndsTheStreak() {
    assertThat(Streak.days(List.of(TODAY, TODAY.minusDays(2)), TODAY)).isEqualTo(1);
    assertThat(Streak.days(List.of(TODAY.minusDays(2)), TODAY)).isZero();
  }
}
