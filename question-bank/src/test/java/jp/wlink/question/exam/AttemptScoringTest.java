package jp.wlink.question.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;
import jp.wlink.question.certification.Threshold;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import jp.wlink.question.scoring.Score;
import org.junit.jupiter.api.Test;

class AttemptScoringTest {
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void subScoresFollowTheBlueprintAndDecideThePass() {
    Attempt attempt = Attempt.mockExam(7L, twoSubjects(), NOW);
    List<AttemptSlot> slots =
        List.of(
            slot(attempt, "法規", Score.of(1)),
            slot(attempt, "法規", Score.of(0.5)),
            slot(attempt, "下水処理", Score.of(1)),
            slot(attempt, "下水処理", Score.of(1)));

    AttemptScoring.recompute(attempt, slots);

    assertThat(attempt.getPoints()).contains(3.5);
    assertThat(attempt.getPossible()).contains(4);
    assertThat(attempt.getSubjectResults())
        .extracting(SubjectResult::getSubject, SubjectResult::getPoints, SubjectResult::isPassed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("下水処理", 2.0, true),
            org.assertj.core.groups.Tuple.tuple("法規", 1.5, true));
    assertThat(attempt.getPassed()).contains(true);
    assertThat(attempt.isProvisional()).isFalse();
  }

  @Test
  void anEssayAwaitingGradingCountsNothingAndKeepsTheResultProvisional() {
    Attempt attempt = Attempt.mockExam(7L, twoSubjects(), NOW);
    AttemptSlot essay = slot(attempt, "法規", Score.AWAITING_GRADING);
    List<AttemptSlot> slots =
        List.of(
            essay,
            slot(attempt, "法規", Score.NONE),
            slot(attempt, "下水処理", Score.of(1)),
            slot(attempt, "下水処理", Score.of(1)));

    AttemptScoring.recompute(attempt, slots);
    assertThat(attempt.getPassed()).contains(false);
    assertThat(attempt.isProvisional()).isTrue();

    essay.graded(1.0, 99L, "よく書けています", NOW);
    AttemptScoring.recompute(attempt, slots);
    assertThat(attempt.getPoints()).contains(3.0);
    assertThat(attempt.getPassed()).contains(true);
    assertThat(attempt.isProvisional()).isFalse();
  }

  @Test
  void aPracticeQuizHasSubScoresButNoVerdict() {
    Attempt attempt = Attempt.practice(7L, PracticeSpec.skills(List.of("skill.ph"), 2), NOW);
    List<AttemptSlot> slots =
        List.of(slot(attempt, "水質", Score.of(1)), slot(attempt, "水質", Score.NONE));

    AttemptScoring.recompute(attempt, slots);

    assertThat(attempt.getPoints()).contains(1.0);
    assertThat(attempt.getPassed()).isEmpty();
    assertThat(attempt.getDeadline()).isEmpty();
  }

  /** 下水処理 and 法規, two questions each, 法規 at least 1, 75% overall. */
  private static Blueprint twoSubjects() {
    Blueprint blueprint = new Blueprint("TEST", "試験", "Test", 30);
    blueprint.changeRule(
        List.of(
            new BlueprintSubject("下水処理", 2, null, false), new BlueprintSubject("法規", 2, 1, false)),
        Optional.of(Threshold.percent(75)),
        Optional.empty());
    return blueprint;
  }

  private static AttemptSlot slot(Attempt attempt, String subject, Score score) {
    AttemptSlot slot = attempt.addSlot(new Candidate(1, 10, 1, subject), 0L);
    slot.scored(score);
    return slot;
  }
}
