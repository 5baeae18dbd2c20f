package jp.wlink.question.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.wlink.question.exam.ExamQuestions.Candidate;

/**
 * Assembles a practice quiz: the spec's number of questions from the candidates of its subjects or
 * skills, by the same rules as a mock exam (random, spread over levels, recently seen last).
 */
public final class PracticeQuiz {

  public Assembly assemble(
      PracticeSpec spec, List<Candidate> candidates, RecentlySeen seen, RandomGenerator random) {
    List<Candidate> drawn = Draw.from(candidates, spec.count(), seen, random);

    List<Shortage> shortages = new ArrayList<>();
    if (drawn.size() < spec.count()) {
      shortages.add(new Shortage(Optional.empty(), spec.count(), drawn.size()));
    }
    return new Assembly(drawn, shortages);
  }

  /** The candidates a spec asks for, fetched from the bank. */
  public List<Candidate> candidates(PracticeSpec spec, ExamQuestions questions) {
    if (spec.source() == PracticeSource.SKILLS) {
      return questions.bySkills(spec.keys());
    }
    List<Candidate> pool = new ArrayList<>();
    for (String subject : spec.keys()) {
      pool.addAll(questions.bySubject(spec.certification(), subject));
    }
    return pool;
  }
}
