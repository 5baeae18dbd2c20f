package jp.wlink.course.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnswerGradingTest {
  private final AnswerGrading grading = AnswerGrading.defaults();

  @Test
  void aCorrectQuickAnswerIsGood() {
    assertThat(grading.grade(1, Duration.ofSeconds(20))).isEqualTo(Grade.GOOD);
  }

  @Test
  void aWrongAnswerIsAgainHoweverQuick() {
    assertThat(grading.grade(0, Duration.ofSeconds(2))).isEqualTo(Grade.AGAIN);
    assertThat(grading.grade(0.4, Duration.ofSeconds(2))).isEqualTo(Grade.AGAIN);
  }

  @Test
  void aSlowOrPartlyCorrectAnswerIsHard() {
    assertThat(grading.grade(1, Duration.ofSeconds(95))).isEqualTo(Grade.HARD);
    assertThat(grading.grade(0.75, Duration.ofSeconds(10))).isEqualTo(Grade.HARD);
  }

  @Test
  void noAnswerIsEverGradedEasy() {
    assertThat(grading.grade(1, Duration.ZERO)).isEqualTo(Grade.GOOD);
  }

  @Test
  void rejectsAScoreOutsideZeroToOne() {
    assertThatThrownBy(() -> grading.grade(1.5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
