package jp.wlink.course.learning;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the choice of a learner's next activity needs from their enrolment on a course, read in one
 * statement rather than five: the enrolment's id and the level reached, the course's version (to
 * tell whether the kept course map still fits), the lessons completed, the checkpoints passed, and
 * whether the learner set a study goal (most have none, and then it need not be read).
 */
record EnrolmentStanding(
    long enrolmentId,
    int level,
    long courseVersion,
    Set<Long> lessonsCompleted,
    Set<Long> checkpointsPassed,
    boolean hasGoal) {

  private static final int ENROLMENT = 0;
  private static final int LESSON = 1;
  private static final int CHECKPOINT = 2;
  private static final int GOAL = 3;

  /** Each row says what it holds in its first column; every part reads by a unique key. */
  private static final String READ =
      "SELECT 0, e.id, e.reached_level, c.version FROM enrolment e"
          + " JOIN course c ON c.id = e.course_id WHERE e.learner_id = ?1 AND e.course_id = ?2"
          + " UNION ALL SELECT 1, l.lesson_id, 0, 0 FROM enrolment e"
          + " JOIN lesson_completion l ON l.enrolment_id = e.id"
          + " WHERE e.learner_id = ?1 AND e.course_id = ?2"
          + " UNION ALL SELECT 2, p.unit_id, 0, 0 FROM enrolment e"
          + " JOIN checkpoint_pass p ON p.enrolment_id = e.id"
          + " WHERE e.learner_id = ?1 AND e.course_id = ?2"
          + " UNION ALL SELECT 3, g.account_id, 0, 0 FROM study_goal g WHERE g.account_id = ?1";

  /** The learner's standing on the course, or nothing when they are not enrolled on it. */
  static Optional<EnrolmentStanding> of(EntityManager em, long learnerId, long courseId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(READ)
            .setParameter(1, learnerId)
            .setParameter(2, courseId)
            .getResultList();
    Object[] enrolment = null;
    Set<Long> lessons = new HashSet<>();
    Set<Long> checkpoints = new HashSet<>();
    boolean goal = false;
    for (Object[] row : rows) {
      switch ((int) number(row[0])) {
        case ENROLMENT -> enrolment = row;
        case LESSON -> lessons.add(number(row[1]));
        case CHECKPOINT -> checkpoints.add(number(row[1]));
        case GOAL -> goal = true;
        default -> throw new IllegalStateException("unknown row kind " + row[0]);
      }
    }
    boolean goalSet = goal;
    return Optional.ofNullable(enrolment).map(e -> of(e, lessons, checkpoints, goalSet));
  }

  private static EnrolmentStanding of(
      Object[] enrolment, Set<Long> lessons, Set<Long> checkpoints, boolean goal) {
    return new EnrolmentStanding(
        number(enrolment[1]),
        (int) number(enrolment[2]),
        number(enrolment[3]),
        lessons,
        checkpoints,
        goal);
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
