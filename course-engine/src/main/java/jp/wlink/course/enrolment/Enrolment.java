package jp.wlink.course.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.progress.Pace;
import jp.wlink.course.progress.StudyCounts;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * A learner's place on a course: who enrolled them (themselves or their organisation's admin), the
 * deadline if any, and the running totals of their study record. One per learner and course;
 * withdrawing keeps the record, and enrolling again reopens it. Only a completed enrolment stays
 * completed: a later deadline or withdrawal does not undo it.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = Enrolment.OF_LEARNER_ON_COURSE,
    query = "SELECT e FROM Enrolment e WHERE e.learnerId = :learnerId AND e.courseId = :courseId")
@NamedQuery(
    name = Enrolment.OF_LEARNER,
    query = "SELECT e FROM Enrolment e WHERE e.learnerId = :learnerId ORDER BY e.enrolledAt DESC")
@NamedQuery(
    name = Enrolment.LEARNERS_ON_COURSE,
    query =
        "SELECT e.learnerId FROM Enrolment e WHERE e.courseId = :courseId"
            + " AND e.status <> jp.wlink.course.enrolment.EnrolmentStatus.WITHDRAWN")
@NamedQuery(
    name = Enrolment.COURSES_OF_LEARNER,
    query =
        "SELECT e.courseId FROM Enrolment e WHERE e.learnerId = :learnerId"
            + " AND e.status <> jp.wlink.course.enrolment.EnrolmentStatus.WITHDRAWN")
public class Enrolment {
  public static final String COURSES_OF_LEARNER = "Enrolment.coursesOfLearner";
  public static final String OF_LEARNER_ON_COURSE = "Enrolment.ofLearnerOnCourse";
  public static final String OF_LEARNER = "Enrolment.ofLearner";
  public static final String LEARNERS_ON_COURSE = "Enrolment.learnersOnCourse";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Column(name = "enrolled_by", nullable = false)
  private long enrolledBy;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrolmentStatus status;

  private LocalDate deadline;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "completed_at")
  private Instant completedAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "lessons_completed", nullable = false)
  private int lessonsCompleted;

  @Column(name = "checkpoints_passed", nullable = false)
  private int checkpointsPassed;

  @Column(name = "study_seconds", nullable = false)
  private long studySeconds;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "last_activity_at")
  private Instant lastActivityAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "on_pace_until")
  private Instant onPaceUntil;

  /**
   * The level reached on the course, 1–5; it rises by a placement test or a promotion the learner
   * accepts, and never falls.
   */
  @Column(name = "reached_level", nullable = false)
  private int reachedLevel = 1;

  @Version private long version;

  protected Enrolment() {}

  /**
   * @param enrolledBy the learner themselves, or the admin who enrolled them
   * @param organisationId the organisation that enrolled them, if one did
   */
  public Enrolment(
      long courseId,
      long learnerId,
      long enrolledBy,
      Optional<Long> organisationId,
      Optional<LocalDate> deadline,
      Instant now) {
    this.courseId = courseId;
    this.learnerId = learnerId;
    this.enrolledBy = enrolledBy;
    this.organisationId = organisationId.orElse(null);
    this.status = EnrolmentStatus.ACTIVE;
    this.deadline = deadline.orElse(null);
    this.enrolledAt = Objects.requireNonNull(now);
  }

  /** Reopens a withdrawn enrolment with its study record; a completed one stays completed. */
  public void reopen(long by, Optional<Long> organisation, Optional<LocalDate> newDeadline) {
    if (status != EnrolmentStatus.WITHDRAWN) {
      return;
    }
    status = EnrolmentStatus.ACTIVE;
    withdrawnAt = null;
    enrolledBy = by;
    organisationId = organisation.orElse(null);
    deadline = newDeadline.orElse(null);
  }

  public void withdraw(Instant now) {
    if (status == EnrolmentStatus.ACTIVE) {
      status = EnrolmentStatus.WITHDRAWN;
      withdrawnAt = Objects.requireNonNull(now);
    }
  }

  /** Records a lesson completed for the first time, a stretch of study, or a checkpoint passed. */
  void studied(int newLessons, int newCheckpoints, long seconds, Instant at) {
    lessonsCompleted += newLessons;
    checkpointsPassed += newCheckpoints;
    studySeconds += seconds;
    if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
      lastActivityAt = at;
    }
  }

  /** Recomputes the pace and completes the enrolment when the counts meet the course's rule. */
  boolean progressed(StudyCounts counts, boolean ruleMet, Instant now) {
    boolean completesNow = ruleMet && status == EnrolmentStatus.ACTIVE;
    if (completesNow) {
      status = EnrolmentStatus.COMPLETED;
      completedAt = now;
    }
    onPaceUntil =
        Pace.onPaceUntil(
                enrolledAt, deadline(), counts.lessonShare(), status == EnrolmentStatus.COMPLETED)
            .orElse(null);
    return completesNow;
  }

  /**
   * Moves the learner up to {@code level}, which may skip levels the course has no skills at;
   * refused for a level not above the current one or above 5.
   */
  public void promoteTo(int level) {
    if (level <= reachedLevel || level > 5) {
      throw new IllegalArgumentException("level " + reachedLevel + " cannot move to " + level);
    }
    reachedLevel = level;
  }

  /**
   * Starts the learner at the level a placement test found, 1 to 5; a level already higher is kept,
   * since a placement never takes away what the learner was promoted to.
   */
  public void placeAt(int level) {
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("level in 1..5: " + level);
    }
    reachedLevel = Math.max(reachedLevel, level);
  }

  /** Changes the deadline; the pace follows at the next recompute, which the caller triggers. */
  void moveDeadline(Optional<LocalDate> newDeadline) {
    deadline = newDeadline.orElse(null);
  }

  public int getReachedLevel() {
    return reachedLevel;
  }

  public Long getId() {
    return id;
  }

  public long getCourseId() {
    return courseId;
  }

  public long getLearnerId() {
    return learnerId;
  }

  public long getEnrolledBy() {
    return enrolledBy;
  }

  public Optional<Long> organisationId() {
    return Optional.ofNullable(organisationId);
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == EnrolmentStatus.ACTIVE;
  }

  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public int getLessonsCompleted() {
    return lessonsCompleted;
  }

  public int getCheckpointsPassed() {
    return checkpointsPassed;
  }

  public long getStudySeconds() {
    return studySeconds;
  }

  public Optional<Instant> lastActivityAt() {
    return Optional.ofNullable(lastActivityAt);
  }

  public Optional<Instant> onPaceUntil() {
    return Optional.ofNullable(onPaceUntil);
  }
}
