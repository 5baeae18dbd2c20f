package jp.wlink.course.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import jp.wlink.course.adaptive.StudyGoal;
import jp.wlink.course.catalogue.CourseStatus;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.goal.GoalRefused.Problem;
import jp.wlink.course.progress.Pace;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.certification.Blueprint;

/**
 * Sets, changes and clears a learner's study goal, and gives it to the next-activity policy with
 * the certification's skills: the skills of its published questions and of the published courses
 * that name it as their target certification.
 */
@ApplicationScoped
@Transactional
public class StudyGoals {
  private static final Logger LOG = Logger.getLogger(StudyGoals.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;

  protected StudyGoals() {}

  /** For tests outside a container. */
  public StudyGoals(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Sets the learner's goal, replacing any other; the exam may be today but not before. */
  public void set(long learnerId, Long blueprintId, LocalDate examDate) throws GoalRefused {
    if (blueprintId == null) {
      throw new GoalRefused(Problem.NO_CERTIFICATION);
    }
    if (examDate == null) {
      throw new GoalRefused(Problem.NO_DATE);
    }
    if (examDate.isBefore(today())) {
      throw new GoalRefused(Problem.DATE_PAST);
    }
    if (em.find(Blueprint.class, blueprintId) == null) {
      throw new GoalRefused(Problem.UNKNOWN_CERTIFICATION);
    }

    StoredStudyGoal goal = em.find(StoredStudyGoal.class, learnerId);
    if (goal == null) {
      em.persist(new StoredStudyGoal(learnerId, blueprintId, examDate, clock.instant()));
    } else {
      goal.change(blueprintId, examDate, clock.instant());
    }

    LOG.info(() -> "Set the study goal of learner " + learnerId + " to blueprint " + blueprintId);
  }

  /** Clears the learner's goal; their learning record and results stay as they are. */
  public void clear(long learnerId) {
    StoredStudyGoal goal = em.find(StoredStudyGoal.class, learnerId);
    if (goal != null) {
      em.remove(goal);
      LOG.info(() -> "Cleared the study goal of learner " + learnerId);
    }
  }

  public Optional<StoredStudyGoal> stored(long learnerId) {
    return Optional.ofNullable(em.find(StoredStudyGoal.class, learnerId));
  }

  /** The goal as the next-activity policy takes it, with the certification's skills. */
  public Optional<StudyGoal> goalOf(long learnerId) {
    return stored(learnerId)
        .flatMap(g -> certification(g.getBlueprintId()).map(c -> c.goal(g.getExamDate())));
  }

  /** The blueprint's certification with its skills, or nothing for an unknown blueprint. */
  public Optional<GoalCertification> certification(long blueprintId) {
    return Optional.ofNullable(em.find(Blueprint.class, blueprintId))
        .map(b -> new GoalCertification(b.getCode(), skillsOf(b)));
  }

  /** The certification's skills: of its published questions and of courses aiming at it. */
  public Set<String> skillsOf(Blueprint blueprint) {
    Set<String> skills =
        new TreeSet<>(new PublishedQuestions(em).skillsOfCertification(blueprint.getCode()));
    skills.addAll(
        em.createQuery(
                "SELECT DISTINCT s.skill FROM Course c JOIN c.skills s"
                    + " WHERE c.certification = :code AND c.status = :published",
                String.class)
            .setParameter("code", blueprint.getCode())
            .setParameter("published", CourseStatus.PUBLISHED)
            .getResultList());
    return skills;
  }

  /**
   * The blueprint to offer a learner without a goal: the target certification of the course they
   * enrolled on last among those they study that have one.
   */
  public Optional<Long> suggestedBlueprint(long learnerId) {
    return em.createQuery(
            "SELECT b.id FROM Enrolment e, Course c, Blueprint b WHERE e.courseId = c.id"
                + " AND c.certification = b.code AND e.learnerId = :learner"
                + " AND e.status = :active ORDER BY e.enrolledAt DESC",
            Long.class)
        .setParameter("learner", learnerId)
        .setParameter("active", EnrolmentStatus.ACTIVE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private LocalDate today() {
    return clock.instant().atZone(Pace.JAPAN).toLocalDate();
  }
}
