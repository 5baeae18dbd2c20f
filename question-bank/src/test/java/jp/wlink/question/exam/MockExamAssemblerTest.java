package jp.wlink.question.exam;

import static jp.wlink.question.exam.Candidates.countAtLevel;
import static jp.wlink.question.exam.Candidates.pool;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import org.junit.jupiter.api.Test;

class MockExamAssemblerTest {
  private final MockExamAssembler assembler = new MockExamAssembler();

  @Test
  void drawsEachSubjectsCountInBlueprintOrder() {
    Map<String, List<Candidate>> candidates =
        Map.of("法規", pool("法規", 1, 5, 5), "下水処理", pool("下水処理", 100, 5, 5));

    Assembly exam =
        assembler.assemble(
            List.of(new SubjectDemand("下水処理", 4), new SubjectDemand("法規", 3)),
            candidates,
            RecentlySeen.NONE,
            new SplittableRandom(1));

    assertThat(exam.complete()).isTrue();
    assertThat(exam.questions())
        .extracting(Candidate::subject)
        .containsExactly("下水処理", "下水処理", "下水処理", "下水処理", "法規", "法規", "法規");
  }

  @Test
  void spreadsQuestionsEvenlyOverTheLevels() {
    Assembly exam = assembleOne(pool("法規", 1, 10, 10, 10, 10, 10), 10, RecentlySeen.NONE, 7);

    for (int level = 1; level <= 5; level++) {
      assertThat(countAtLevel(exam.questions(), level)).as("level %d", level).isEqualTo(2);
    }
  }

  @Test
  void aScarceLevelGivesWhatItHasAndTheOthersShareTheRest() {
    Assembly exam = assembleOne(pool("法規", 1, 1, 20, 20), 10, RecentlySeen.NONE, 3);

    assertThat(countAtLevel(exam.questions(), 1)).isEqualTo(1);
    assertThat(countAtLevel(exam.questions(), 2)).isBetween(4L, 5L);
    assertThat(countAtLevel(exam.questions(), 3)).isBetween(4L, 5L);
  }

  @Test
  void avoidsRecentlySeenQuestionsWhileEnoughOthersRemain() {
    List<Candidate> candidates = pool("法規", 1, 10);
    RecentlySeen seen = seen(Map.of(1L, 5, 2L, 6, 3L, 7, 4L, 8, 5L, 9));

    Assembly exam = assembleOne(candidates, 5, seen, 11);

    assertThat(exam.questions())
        .extracting(Candidate::questionId)
        .containsExactlyInAnyOrder(6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void fillsUpWithTheLeastRecentlySeenWhenFreshOnesRunOut() {
    List<Candidate> candidates = pool("法規", 1, 6);
    RecentlySeen seen = seen(Map.of(1L, 1, 2L, 50, 3L, 2, 4L, 40, 5L, 30));

    Assembly exam = assembleOne(candidates, 3, seen, 5);

    assertThat(exam.questions())
        .extracting(Candidate::questionId)
        .containsExactlyInAnyOrder(6L, 1L, 3L);
    assertThat(exam.complete()).isTrue();
  }

  @Test
  void reportsAShortageForASubjectWithTooFewQuestions() {
    Map<String, List<Candidate>> candidates = Map.of("法規", pool("法規", 1, 2, 1));

    Assembly exam =
        assembler.assemble(
            List.of(new SubjectDemand("法規", 9), new SubjectDemand("安全管理", 6)),
            candidates,
            RecentlySeen.NONE,
            new SplittableRandom(2));

    assertThat(exam.questions()).hasSize(3);
    assertThat(exam.shortages())
        .containsExactly(
            new Shortage(Optional.of("法規"), 9, 3), new Shortage(Optional.of("安全管理"), 6, 0));
  }

  @Test
  void neverDrawsTheSameQuestionTwice() {
    List<Candidate> candidates = new ArrayList<>(pool("法規", 1, 3));
    candidates.add(new Candidate(1, 11, 2, "法規"));

    Assembly exam = assembleOne(candidates, 4, RecentlySeen.NONE, 9);

    assertThat(exam.questions()).extracting(Candidate::questionId).doesNotHaveDuplicates();
    assertThat(exam.shortages()).containsExactly(new Shortage(Optional.of("法規"), 4, 3));
  }

  @Test
  void differentSeedsDrawDifferentExamsAndTheSameSeedTheSame() {
    List<Candidate> candidates = pool("法規", 1, 40, 40);

    List<Candidate> first = assembleOne(candidates, 10, RecentlySeen.NONE, 1).questions();
    List<Candidate> again = assembleOne(candidates, 10, RecentlySeen.NONE, 1).questions();
    List<Candidate> other = assembleOne(candidates, 10, RecentlySeen.NONE, 2).questions();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  private Assembly assembleOne(
      List<Candidate> candidates, int count, RecentlySeen seen, long seed) {
    return assembler.assemble(
        List.of(new SubjectDemand("法規", count)),
        Map.of("法規", candidates),
        seen,
        new SplittableRandom(seed));
  }

  /** Question id to minutes after a fixed instant: larger means seen more recently. */
  private static RecentlySeen seen(Map<Long, Integer> minutes) {
    Map<Long, Instant> when = new HashMap<>();
    Instant base = Instant.parse("2026-11-01T00:00:00Z");
    minutes.forEach((id, m) -> when.put(id, base.plusSeconds(60L * m)));
    return new RecentlySeen(when);
  }
}
