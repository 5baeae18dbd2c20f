package jp.wlink.course.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finding courses, units and lessons: what learners may browse (published courses only) and what an
 * editor may open. Entities returned are read in the caller's transaction; pages copy what they
 * show while it is open.
 */
@ApplicationScoped
@Transactional
public class CourseCatalogue {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  protected CourseCatalogue() {}

  /** For use outside a container (persistence tests), in the caller's transaction. */
  public CourseCatalogue(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Published courses by level then title, only those of {@code level} when one is given. */
  public List<Course> published(Optional<Integer> level) {
    return em.createNamedQuery(Course.PUBLISHED, Course.class)
        .getResultStream()
        .filter(course -> level.map(l -> course.getLevel() == l).orElse(true))
        .toList();
  }

  public Optional<Course> find(long courseId) {
    return Optional.ofNullable(em.find(Course.class, courseId));
  }

  public Optional<Course> byCode(String code) {
    return em.createNamedQuery(Course.BY_CODE, Course.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Course> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids", Course.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The courses the editor may change, by title. */
  public List<Course> editableBy(CourseEditor editor) {
    if (editor.admin()) {
      return em.createNamedQuery(Course.ALL, Course.class).getResultList();
    }
    if (!editor.author()) {
      return List.of();
    }
    // An empty IN list is not valid JPQL; no organisation has id 0.
    Collection<Long> organisations =
        editor.organisationIds().isEmpty() ? List.of(0L) : editor.organisationIds();
    return em.createQuery(
            "SELECT c FROM Course c WHERE c.ownerId = :owner OR c.organisationId IN :orgs"
                + " ORDER BY c.level, c.title",
            Course.class)
        .setParameter("owner", editor.accountId())
        .setParameter("orgs", organisations)
        .getResultList();
  }

  public Optional<CourseUnit> unit(long unitId) {
    return Optional.ofNullable(em.find(CourseUnit.class, unitId));
  }

  public Optional<Lesson> lesson(long lessonId) {
    return Optional.ofNullable(em.find(Lesson.class, lessonId));
  }
}
