package jp.wlink.course.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import jp.wlink.question.bank.UtcInstantConverter;

/** A lesson the learner completed on an enrolment, once, with when. */
@Entity
@Table(name = "lesson_completion")
@IdClass(LessonCompletion.Key.class)
public class LessonCompletion {
  @Id
  @Column(name = "enrolment_id")
  private Long enrolmentId;

  @Id
  @Column(name = "lesson_id")
  private Long lessonId;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected LessonCompletion() {}

  LessonCompletion(long enrolmentId, long lessonId, Instant completedAt) {
    this.enrolmentId = enrolmentId;
    this.lessonId = lessonId;
    this.completedAt = Objects.requireNonNull(completedAt);
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public long getLessonId() {
    return lessonId;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long enrolmentId;
    private Long lessonId;

    public Key() {}

    public Key(long enrolmentId, long lessonId) {
      this.enrolmentId = enrolmentId;
      this.lessonId = lessonId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(enrolmentId, key.enrolmentId)
          && Objects.equals(lessonId, key.lessonId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(enrolmentId, lessonId);
    }
  }
}
