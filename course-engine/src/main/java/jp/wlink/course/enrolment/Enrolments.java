package jp.wlink.course.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.wlink.course.catalogue.Course;

/**
 * Puts learners on courses and takes them off. Only published courses take enrolments. Who may
 * enrol whom is the caller's to decide (a learner themselves, or their organisation's admin for its
 * approved staff); this service keeps one enrolment per learner and course and never deletes a
 * study record.
 */
@ApplicationScoped
public class Enrolments {
  private static final Logger LOG = Logger.getLogger(Enrolments.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private StudyRecords records;

  protected Enrolments() {}

  /** For tests outside a container. */
  public Enrolments(EntityManager em, Clock clock, StudyRecords records) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
    this.records = Objects.requireNonNull(records);
  }

  /** The learner enrols themselves, without a deadline; enrolling twice changes nothing. */
  @Transactional
  public Enrolment enrolSelf(long courseId, long learnerId) {
    return enrol(courseId, learnerId, learnerId, Optional.empty(), Optional.empty());
  }

  /** An organisation's admin enrols one of its staff, with an optional deadline. */
  @Transactional
  public Enrolment enrolStaff(
      long courseId, long learnerId, long adminId, long organisationId, Optional<LocalDate> due) {
    return enrol(courseId, learnerId, adminId, Optional.of(organisationId), due);
  }

  /**
   * Enrols every enrollable row of a checked staff list in one transaction, so that either all of
   * them are enrolled or none. Rows whose learner was enrolled meanwhile are left as they are.
   * Returns how many were enrolled by this call.
   */
  @Transactional
  public int enrolAll(long courseId, long adminId, long organisationId, List<PreviewRow> rows) {
    publishedCourse(courseId);
    Set<Long> before = new HashSet<>(learnersOn(courseId));
    int enrolled = 0;
    for (PreviewRow row : rows) {
      if (row.enrollable() && before.add(row.learnerId().orElseThrow())) {
        enrol(
            courseId, row.learnerId().get(), adminId, Optional.of(organisationId), row.deadline());
        enrolled++;
      }
    }

    int count = enrolled;
    LOG.info(
        () ->
            "Account "
                + adminId
                + " enrolled "
                + count
                + " staff on course "
                + courseId
                + " from a list");
    return count;
  }

  private Enrolment enrol(
      long courseId,
      long learnerId,
      long by,
      Optional<Long> organisationId,
      Optional<LocalDate> deadline) {
    publishedCourse(courseId);
    Optional<Enrolment> existing = of(learnerId, courseId);
    if (existing.isPresent()) {
      existing.get().reopen(by, organisationId, deadline);
      records.recompute(existing.get());
      return existing.get();
    }

    Enrolment enrolment =
        new Enrolment(courseId, learnerId, by, organisationId, deadline, clock.instant());
    em.persist(enrolment);
    records.recompute(enrolment);
    em.flush();

    LOG.info(() -> "Account " + by + " enrolled learner " + learnerId + " on course " + courseId);
    return enrolment;
  }

  /** Takes the learner off the course; their study record stays. */
  @Transactional
  public void withdraw(long enrolmentId, long by) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null) {
      throw new IllegalArgumentException("No enrolment " + enrolmentId);
    }
    enrolment.withdraw(clock.instant());

    LOG.info(() -> "Account " + by + " withdrew enrolment " + enrolmentId);
  }

  /** Sets or clears the deadline, and with it the pace the learner is measured against. */
  @Transactional
  public void changeDeadline(long enrolmentId, Optional<LocalDate> deadline) {
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    if (enrolment == null) {
      throw new IllegalArgumentException("No enrolment " + enrolmentId);
    }
    enrolment.moveDeadline(deadline);
    records.recompute(enrolment);
  }

  public Optional<Enrolment> find(long enrolmentId) {
    return Optional.ofNullable(em.find(Enrolment.class, enrolmentId));
  }

  public Optional<Enrolment> of(long learnerId, long courseId) {
    return em.createNamedQuery(Enrolment.OF_LEARNER_ON_COURSE, Enrolment.class)
        .setParameter("learnerId", learnerId)
        .setParameter("courseId", courseId)
        .getResultStream()
        .findFirst();
  }

  public List<Enrolment> ofLearner(long learnerId) {
    return em.createNamedQuery(Enrolment.OF_LEARNER, Enrolment.class)
        .setParameter("learnerId", learnerId)
        .getResultList();
  }

  /** Learners with an active or completed enrolment on the course. */
  public Set<Long> learnersOn(long courseId) {
    return new HashSet<>(
        em.createNamedQuery(Enrolment.LEARNERS_ON_COURSE, Long.class)
            .setParameter("courseId", courseId)
            .getResultList());
  }

  /** The courses the learner is on (active or completed). */
  public Set<Long> coursesOf(long learnerId) {
    return new HashSet<>(
        em.createNamedQuery(Enrolment.COURSES_OF_LEARNER, Long.class)
            .setParameter("learnerId", learnerId)
            .getResultList());
  }

  private Course publishedCourse(long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null || !course.isPublished()) {
      throw new EnrolmentRefused(courseId);
    }
    return course;
  }
}
