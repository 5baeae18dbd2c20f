package jp.wlink.question.exam;

import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.exam.ExamQuestions.Candidate;

/** Builds candidate pools for assembly tests; question ids start at {@code firstId}. */
final class Candidates {
  private Candidates() {}

  /** {@code perLevel[i]} questions at level i + 1. */
  static List<Candidate> pool(String subject, long firstId, int... perLevel) {
    List<Candidate> pool = new ArrayList<>();
    long id = firstId;
    for (int level = 1; level <= perLevel.length; level++) {
      for (int n = 0; n < perLevel[level - 1]; n++, id++) {
        pool.add(new Candidate(id, id * 10, level, subject));
      }
    }
    return pool;
  }

  static long countAtLevel(List<Candidate> picked, int level) {
    return picked.stream().filter(c -> c.level() == level).count();
  }
}
