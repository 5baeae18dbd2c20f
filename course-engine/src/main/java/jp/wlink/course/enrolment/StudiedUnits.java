package jp.wlink.course.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.catalogue.CompletedUnits;

/**
 * The units a learner has completed, from their study record: every lesson of the unit completed
 * and, when the unit has a checkpoint, the checkpoint passed, so that prerequisites open as the
 * learner studies.
 */
@ApplicationScoped
public class StudiedUnits implements CompletedUnits {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  protected StudiedUnits() {}

  /** For tests outside a container. */
  public StudiedUnits(EntityManager em) {
    this.em = Objects.requireNonNull(em);
  }

  @Override
  public Set<Long> of(long learnerId, long courseId) {
    Optional<Long> enrolment =
        em.createNamedQuery(Enrolment.OF_LEARNER_ON_COURSE, Enrolment.class)
            .setParameter("learnerId", learnerId)
            .setParameter("courseId", courseId)
            .getResultStream()
            .findFirst()
            .map(Enrolment::getId);
    if (enrolment.isEmpty()) {
      return Set.of();
    }
    Map<Long, Long> lessons =
        counts(
            "SELECT l.unit.id, COUNT(l) FROM Lesson l WHERE l.unit.course.id = :id"
                + " GROUP BY l.unit.id",
            courseId);
    Map<Long, Long> done =
        counts(
            "SELECT l.unit.id, COUNT(c) FROM LessonCompletion c, Lesson l"
                + " WHERE c.lessonId = l.id AND c.enrolmentId = :id GROUP BY l.unit.id",
            enrolment.get());
    Map<Long, Long> checkpoints =
        counts(
            "SELECT u.id, u.checkpointCount FROM CourseUnit u WHERE u.course.id = :id", courseId);
    Set<Long> passed = Set.copyOf(passes(enrolment.get()));

    Set<Long> completed = new HashSet<>();
    for (Map.Entry<Long, Long> unit : lessons.entrySet()) {
      boolean lessonsDone = done.getOrDefault(unit.getKey(), 0L) >= unit.getValue();
      boolean checkpointDone =
          checkpoints.getOrDefault(unit.getKey(), 0L) == 0 || passed.contains(unit.getKey());
      if (lessonsDone && checkpointDone) {
        completed.add(unit.getKey());
      }
    }
    return completed;
  }

  private Map<Long, Long> counts(String jpql, long id) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(jpql, Object[].class).setParameter("id", id).getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  private List<Long> passes(long enrolmentId) {
    return em.createQuery(
            "SELECT p.unitId FROM CheckpointPass p WHERE p.enrolmentId = :id", Long.class)
        .setParameter("id", enrolmentId)
        .getResultList();
  }
}
