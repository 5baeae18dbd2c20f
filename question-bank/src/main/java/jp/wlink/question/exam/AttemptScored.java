package jp.wlink.question.exam;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Announced (as a CDI event) when an attempt has been submitted and scored, so that other modules
 * such as the course engine can learn from the answers without the question bank knowing them.
 * Lists only the questions the learner answered whose score is final; an essay awaiting a grader
 * and a question left blank are not in it.
 *
 * @param at when the attempt was submitted
 */
public record AttemptScored(
    long attemptId, long learnerId, AttemptKind kind, Instant at, List<ScoredAnswer> answers) {

  public AttemptScored {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    answers = List.copyOf(answers);
  }

  /**
   * One answered question: its id, the skills it is filed under (possibly none) and its score from
   * 0 to 1.
   */
  public record ScoredAnswer(long questionId, List<String> skills, double score) {
    public ScoredAnswer {
      skills = List.copyOf(skills);
    }
  }

  /** What a scored attempt announces: its answered, finally scored questions with their skills. */
  static AttemptScored of(Attempt attempt, List<AttemptSlot> slots, SkillsOfQuestions skills) {
    List<AttemptSlot> answered =
        slots.stream()
            .filter(s -> s.getResponse().filter(Answers::given).isPresent())
            .filter(s -> s.getScore().isPresent() && !s.isAwaitingGrading())
            .toList();
    var skillsById = skills.of(answered.stream().map(AttemptSlot::getQuestionId).toList());
    List<ScoredAnswer> answers =
        answered.stream()
            .map(
                s ->
                    new ScoredAnswer(
                        s.getQuestionId(),
                        skillsById.getOrDefault(s.getQuestionId(), List.of()),
                        s.getScore().orElseThrow()))
            .toList();
    Instant at = attempt.getSubmittedAt().orElse(attempt.getStartedAt());
    return new AttemptScored(
        attempt.getId(), attempt.getLearnerId(), attempt.getKind(), at, answers);
  }
}
