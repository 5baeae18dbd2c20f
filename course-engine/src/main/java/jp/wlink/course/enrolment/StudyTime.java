package jp.wlink.course.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import jp.wlink.course.progress.Pace;
import jp.wlink.question.bank.UtcInstantConverter;

/** A stretch of study on a lesson: when it started, how long, and on which day in Japan. */
@Entity
@Table(name = "study_time")
@NamedQuery(
    name = StudyTime.DAYS_OF_LEARNER,
    query =
        "SELECT DISTINCT s.studyDay FROM StudyTime s WHERE s.learnerId = :learnerId"
            + " AND s.studyDay >= :since")
public class StudyTime {
  public static final String DAYS_OF_LEARNER = "StudyTime.daysOfLearner";

  /** One stretch counts at most this long, so that a tab left open overnight is no study. */
  public static final int MAX_SECONDS = 2 * 60 * 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false)
  private long enrolmentId;

  @Column(name = "lesson_id", nullable = false)
  private long lessonId;

  @Column(name = "learner_id", nullable = false)
  private long learnerId;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(nullable = false)
  private int seconds;

  @Column(name = "study_day", nullable = false)
  private LocalDate studyDay;

  protected StudyTime() {}

  StudyTime(long enrolmentId, long lessonId, long learnerId, Instant startedAt, int seconds) {
    if (seconds < 1 || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException("A stretch of study lasts 1 s to 2 h");
    }
    this.enrolmentId = enrolmentId;
    this.lessonId = lessonId;
    this.learnerId = learnerId;
    this.startedAt = Objects.requireNonNull(startedAt);
    this.seconds = seconds;
    this.studyDay = startedAt.atZone(Pace.JAPAN).toLocalDate();
  }

  public long getLessonId() {
    return lessonId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public int getSeconds() {
    return seconds;
  }

  public LocalDate getStudyDay() {
    return studyDay;
  }
}
