package jp.wlink.course.enrolment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.progress.CompletionRule;
import jp.wlink.course.progress.Pace;
import jp.wlink.course.progress.Streak;
import jp.wlink.course.progress.StudyCounts;

/**
 * Records what a learner does on a course they are enrolled on: lessons completed, stretches of
 * study, checkpoints passed. Each record updates the enrolment's running totals and pace in the
 * same transaction, under a lock on the enrolment so that two tabs never lose a count, and when the
 * course's completion rule is met, completes the enrolment and announces {@link CourseCompleted}
 * (which issues the certificate).
 */
@ApplicationScoped
public class StudyRecords {
  private static final Logger LOG = Logger.getLogger(StudyRecords.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Event<CourseCompleted> completions;
  private Consumer<CourseCompleted> onCompleted;

  protected StudyRecords() {}

  /** For tests outside a container. */
  public StudyRecords(EntityManager em, Clock clock, Consumer<CourseCompleted> onCompleted) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
    this.onCompleted = Objects.requireNonNull(onCompleted);
  }

  @PostConstruct
  void announceThroughCdi() {
    onCompleted = completions::fire;
  }

  /** Marks the lesson completed; completing it again changes nothing. */
  @Transactional
  public StudyCounts completeLesson(long learnerId, long lessonId) {
    Lesson lesson = lesson(lessonId);
    Enrolment enrolment = lockedEnrolment(learnerId, lesson.getUnit().getCourse().getId());
    Instant now = clock.instant();
    LessonCompletion.Key key = new LessonCompletion.Key(enrolment.getId(), lessonId);
    if (em.find(LessonCompletion.class, key) == null) {
      em.persist(new LessonCompletion(enrolment.getId(), lessonId, now));
      enrolment.studied(1, 0, 0, now);
      LOG.fine(() -> "Learner " + learnerId + " completed lesson " + lessonId);
    }
    return recompute(enrolment);
  }

  /** Adds a stretch of study on the lesson, of 1 second to 2 hours. */
  @Transactional
  public void recordStudy(long learnerId, long lessonId, Instant startedAt, int seconds) {
    Lesson lesson = lesson(lessonId);
    Enrolment enrolment = lockedEnrolment(learnerId, lesson.getUnit().getCourse().getId());
    em.persist(new StudyTime(enrolment.getId(), lessonId, learnerId, startedAt, seconds));
    enrolment.studied(0, 0, seconds, startedAt.plusSeconds(seconds));
  }

  /** Records a checkpoint quiz passed with the given score; a better score replaces the old. */
  @Transactional
  public StudyCounts passCheckpoint(long learnerId, long unitId, int scorePercent) {
    CourseUnit unit = em.find(CourseUnit.class, unitId);
    if (unit == null) {
      throw new IllegalArgumentException("No unit " + unitId);
    }
    Enrolment enrolment = lockedEnrolment(learnerId, unit.getCourse().getId());
    Instant now = clock.instant();
    CheckpointPass pass =
        em.find(CheckpointPass.class, new CheckpointPass.Key(enrolment.getId(), unitId));
    if (pass == null) {
      em.persist(new CheckpointPass(enrolment.getId(), unitId, now, scorePercent));
      enrolment.studied(0, 1, 0, now);
    } else {
      pass.passedAgain(scorePercent);
    }
    return recompute(enrolment);
  }

  /**
   * Brings the enrolment's pace and status up to date with its counts and its course's rule, and
   * announces a completion. Also for the enrolment service after a new deadline.
   */
  // LIMITATION: a lesson added to a published course changes no stored pace until the learner's
  // next record or deadline change, so the officer's flag may lag such an edit.
  StudyCounts recompute(Enrolment enrolment) {
    long courseId = enrolment.getCourseId();
    StudyCounts counts = counts(enrolment);
    boolean met = rule(courseId).isMetBy(counts);
    if (enrolment.progressed(counts, met, clock.instant())) {
      em.flush();
      LOG.info(() -> "Enrolment " + enrolment.getId() + " completed course " + courseId);
      onCompleted.accept(
          new CourseCompleted(enrolment.getId(), enrolment.getLearnerId(), courseId));
    }
    return counts;
  }

  public StudyCounts counts(Enrolment enrolment) {
    CourseTotals totals = totals(enrolment.getCourseId());
    return new StudyCounts(
        enrolment.getLessonsCompleted(),
        totals.lessons(),
        enrolment.getCheckpointsPassed(),
        totals.checkpoints());
  }

  /** The course's completion rule, or the standard one when it has none stored. */
  public CompletionRule rule(long courseId) {
    CompletionRule rule = em.find(CompletionRule.class, courseId);
    return rule == null ? CompletionRule.standard(courseId) : rule;
  }

  /** Lessons completed on the enrolment, by lesson id. */
  public List<LessonCompletion> completions(long enrolmentId) {
    return em.createQuery(
            "SELECT c FROM LessonCompletion c WHERE c.enrolmentId = :id ORDER BY c.completedAt",
            LessonCompletion.class)
        .setParameter("id", enrolmentId)
        .getResultList();
  }

  /** Days in a row, up to today in Japan, on which the learner studied any course. */
  public int streak(long learnerId) {
    LocalDate today = clock.instant().atZone(Pace.JAPAN).toLocalDate();
    List<LocalDate> days =
        em.createNamedQuery(StudyTime.DAYS_OF_LEARNER, LocalDate.class)
            .setParameter("learnerId", learnerId)
            .setParameter("since", today.minusDays(366))
            .getResultList();
    return Streak.days(days, today);
  }

  private CourseTotals totals(long courseId) {
    long lessons =
        em.createQuery(
                "SELECT COUNT(l) FROM Lesson l WHERE l.unit.course.id = :courseId", Long.class)
            .setParameter("courseId", courseId)
            .getSingleResult();
    long checkpoints =
        em.createQuery(
                "SELECT COUNT(u) FROM CourseUnit u WHERE u.course.id = :courseId"
                    + " AND u.checkpointCount > 0",
                Long.class)
            .setParameter("courseId", courseId)
            .getSingleResult();
    return new CourseTotals((int) lessons, (int) checkpoints);
  }

  /** How many lessons and checkpoints a course has. */
  private record CourseTotals(int lessons, int checkpoints) {}

  private Lesson lesson(long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw new IllegalArgumentException("No lesson " + lessonId);
    }
    return lesson;
  }

  private Enrolment lockedEnrolment(long learnerId, long courseId) {
    Enrolment enrolment =
        em.createNamedQuery(Enrolment.OF_LEARNER_ON_COURSE, Enrolment.class)
            .setParameter("learnerId", learnerId)
            .setParameter("courseId", courseId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotEnrolledException(learnerId, courseId));
    if (enrolment.getStatus() == EnrolmentStatus.WITHDRAWN) {
      throw new NotEnrolledException(learnerId, courseId);
    }
    return enrolment;
  }
}
