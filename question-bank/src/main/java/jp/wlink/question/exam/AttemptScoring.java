package jp.wlink.question.exam;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.PassResult;
import jp.wlink.question.certification.SubjectScore;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.scoring.Score;
import jp.wlink.question.scoring.Scorer;

/**
 * Scores a claimed attempt and keeps its result in step with its slots. Each question is worth one
 * point (certifications count correct answers), earned as the scorer's fraction; an essay counts
 * nothing until a person grades it, and the result stays provisional until then.
 */
final class AttemptScoring {
  private final EntityManager em;
  private final ExamQuestions questions;
  private final Scorer scorer;

  AttemptScoring(EntityManager em, ExamQuestions questions, Scorer scorer) {
    this.em = em;
    this.questions = questions;
    this.scorer = scorer;
  }

  /** Scores every slot of an attempt this transaction has claimed; returns the scored slots. */
  List<AttemptSlot> score(Attempt attempt) {
    List<AttemptSlot> slots = lockedSlots(em, attempt.getId());
    Map<Long, QuestionContent> contents =
        questions.contents(slots.stream().map(AttemptSlot::getQuestionVersionId).toList());

    for (AttemptSlot slot : slots) {
      slot.scored(score(contents.get(slot.getQuestionVersionId()), slot));
    }
    recompute(attempt, slots);
    return slots;
  }

  /**
   * The attempt's slots under a write lock: a current read, which sees every answer committed
   * before this transaction's claim whatever snapshot it started with.
   */
  static List<AttemptSlot> lockedSlots(EntityManager em, long attemptId) {
    return em.createNamedQuery(AttemptSlot.OF_ATTEMPT, AttemptSlot.class)
        .setParameter("attempt", attemptId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  private Score score(QuestionContent content, AttemptSlot slot) {
    if (content == null) {
      throw new IllegalStateException("Version " + slot.getQuestionVersionId() + " is missing");
    }
    if (slot.getResponse().filter(Answers::given).isEmpty()) {
      return Score.NONE;
    }
    return scorer.score(content, slot.getResponse().get());
  }

  /** Sub-scores per subject, total, and pass or fail by the blueprint's rule. */
  static void recompute(Attempt attempt, List<AttemptSlot> slots) {
    List<SubjectScore> scores = subjectScores(slots);
    boolean provisional = slots.stream().anyMatch(AttemptSlot::isAwaitingGrading);
    if (attempt.getBlueprint().isPresent()) {
      Blueprint blueprint = attempt.getBlueprint().get();
      PassResult result = blueprint.passRule().evaluate(scores);
      attempt.recordResult(
          result.points(),
          result.possible(),
          result.passed(),
          provisional,
          result.subjects().stream().map(SubjectResult::of).toList());
      return;
    }
    List<SubjectResult> subjects = new ArrayList<>();
    for (SubjectScore s : scores) {
      subjects.add(new SubjectResult(s.subject(), s.points(), s.possible(), null, true));
    }
    double points = scores.stream().mapToDouble(SubjectScore::points).sum();
    attempt.recordResult(points, slots.size(), null, provisional, subjects);
  }

  private static List<SubjectScore> subjectScores(List<AttemptSlot> slots) {
    Map<String, double[]> bySubject = new LinkedHashMap<>();
    for (AttemptSlot slot : slots) {
      double[] sum = bySubject.computeIfAbsent(slot.getSubject(), s -> new double[2]);
      sum[0] += slot.points();
      sum[1] += 1;
    }
    List<SubjectScore> scores = new ArrayList<>();
    bySubject.forEach(
        (subject, sum) -> scores.add(new SubjectScore(subject, sum[0], (int) sum[1])));
    return scores;
  }
}
