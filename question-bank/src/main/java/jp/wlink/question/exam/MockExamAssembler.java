package jp.wlink.question.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.exam.ExamQuestions.Candidate;

/**
 * Assembles a mock exam from a blueprint: each subject's count drawn at random from that subject's
 * candidates, spread over levels, avoiding what the learner saw recently while enough else remains.
 * Subjects keep the blueprint's order; questions within a subject are shuffled.
 */
public final class MockExamAssembler {

  public Assembly assemble(
      Blueprint blueprint,
      Map<String, List<Candidate>> candidatesBySubject,
      RecentlySeen seen,
      RandomGenerator random) {
    List<SubjectDemand> demands =
        blueprint.getSubjects().stream()
            .map(s -> new SubjectDemand(s.getName(), s.getQuestionCount()))
            .toList();
    return assemble(demands, candidatesBySubject, seen, random);
  }

  public Assembly assemble(
      List<SubjectDemand> demands,
      Map<String, List<Candidate>> candidatesBySubject,
      RecentlySeen seen,
      RandomGenerator random) {
    List<Candidate> questions = new ArrayList<>();
    List<Shortage> shortages = new ArrayList<>();
    for (SubjectDemand demand : demands) {
      List<Candidate> pool = candidatesBySubject.getOrDefault(demand.subject(), List.of());
      List<Candidate> drawn = Draw.from(pool, demand.count(), seen, random);
      questions.addAll(drawn);
      if (drawn.size() < demand.count()) {
        shortages.add(new Shortage(Optional.of(demand.subject()), demand.count(), drawn.size()));
      }
    }
    return new Assembly(questions, shortages);
  }
}
