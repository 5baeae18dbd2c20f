package jp.wlink.course.learning;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import jp.wlink.course.model.Answer;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.ItemRef;

/**
 * Every learner's scored answers as the learning record learnt them, read back from the question
 * bank's submitted attempts: one sequence per learner in the order answered, each answer at the
 * question's first skill, correct when it scored half or more. Learners are read in batches.
 */
// LIMITATION: placement answers are kept in the learner's state only, not as answers, so a fit
// learns from practice quizzes and mock exams alone.
final class AnswerHistory {
  static final int LEARNERS_PER_READ = 500;

  private static final String LEARNERS =
      "SELECT DISTINCT learner_id FROM exam_attempt WHERE submitted_at IS NOT NULL"
          + " AND learner_id > ? ORDER BY learner_id";
  private static final String ANSWERS =
      "SELECT a.learner_id, s.question_id, qs.skill, s.score FROM exam_attempt a"
          + " JOIN attempt_slot s ON s.attempt_id = a.id"
          + " JOIN question_skill qs ON qs.question_id = s.question_id AND qs.skill_order = 0"
          + " WHERE a.submitted_at IS NOT NULL AND a.learner_id BETWEEN ? AND ?"
          + " AND s.score IS NOT NULL AND s.awaiting_grading = FALSE AND s.response IS NOT NULL"
          + " ORDER BY a.learner_id, a.submitted_at, a.id, s.position";
  private static final double CORRECT = 0.5;

  private AnswerHistory() {}

  /** Every learner's sequence, learners in ascending id. */
  static List<AnswerSequence> read(EntityManager em, ToIntFunction<String> skillNumber) {
    List<AnswerSequence> sequences = new ArrayList<>();
    long after = 0;
    while (true) {
      List<?> learners =
          em.createNativeQuery(LEARNERS)
              .setParameter(1, after)
              .setMaxResults(LEARNERS_PER_READ)
              .getResultList();
      if (learners.isEmpty()) {
        return sequences;
      }
      long first = ((Number) learners.get(0)).longValue();
      long last = ((Number) learners.get(learners.size() - 1)).longValue();
      sequences.addAll(sequences(em, first, last, skillNumber));
      after = last;
    }
  }

  private static List<AnswerSequence> sequences(
      EntityManager em, long first, long last, ToIntFunction<String> skillNumber) {
    List<?> rows =
        em.createNativeQuery(ANSWERS).setParameter(1, first).setParameter(2, last).getResultList();
    List<AnswerSequence> sequences = new ArrayList<>();
    List<Answer> current = new ArrayList<>();
    long learner = -1;
    for (Object found : rows) {
      Object[] row = (Object[]) found;
      long id = ((Number) row[0]).longValue();
      if (id != learner && !current.isEmpty()) {
        sequences.add(new AnswerSequence(current));
        current = new ArrayList<>();
      }
      learner = id;
      ItemRef item =
          new ItemRef(((Number) row[1]).longValue(), skillNumber.applyAsInt((String) row[2]));
      current.add(new Answer(item, ((Number) row[3]).doubleValue() >= CORRECT));
    }
    if (!current.isEmpty()) {
      sequences.add(new AnswerSequence(current));
    }
    return sequences;
  }
}
