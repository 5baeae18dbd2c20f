package jp.wlink.question.exam;

import static jp.wlink.question.exam.Candidates.pool;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import org.junit.jupiter.api.Test;

class PracticeQuizTest {
  private final PracticeQuiz quiz = new PracticeQuiz();

  @Test
  void drawsTheRequestedNumberFromAllChosenSubjects() {
    PracticeSpec spec = PracticeSpec.subjects("GESUIDO_3", List.of("法規", "安全管理"), 6);
    List<Candidate> pool = quiz.candidates(spec, new TwoSubjects());

    Assembly drawn = quiz.assemble(spec, pool, RecentlySeen.NONE, new SplittableRandom(4));

    assertThat(pool).hasSize(8);
    assertThat(drawn.questions()).hasSize(6).doesNotHaveDuplicates();
    assertThat(drawn.complete()).isTrue();
  }

  @Test
  void fallsBackToSeenQuestionsAndReportsAShortageWithoutASubject() {
    PracticeSpec spec = PracticeSpec.skills(List.of("skill.chlorination"), 5);
    RecentlySeen seen = new RecentlySeen(Map.of(1L, Instant.parse("2026-11-30T00:00:00Z")));

    Assembly drawn = quiz.assemble(spec, pool("", 1, 2, 2), seen, new SplittableRandom(8));

    assertThat(drawn.questions())
        .extracting(Candidate::questionId)
        .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    assertThat(drawn.shortages()).containsExactly(new Shortage(Optional.empty(), 5, 4));
  }

  /** A bank with four questions in each of 法規 and 安全管理. */
  private static final class TwoSubjects implements ExamQuestions {
    @Override
    public List<Candidate> bySubject(String certification, String subject) {
      return pool(subject, subject.equals("法規") ? 1 : 100, 2, 2);
    }

    @Override
    public List<Candidate> bySkills(Collection<String> skills) {
      return new ArrayList<>();
    }

    @Override
    public Map<Long, QuestionContent> contents(Collection<Long> versionIds) {
      return Map.of();
    }

    @Override
    public void markShown(Collection<Long> versionIds) {}
  }
}
