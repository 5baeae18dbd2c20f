package jp.wlink.course.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a course is completed, and how long its certificate stays valid. A course without a stored
 * rule takes {@link #standard}: every lesson and every checkpoint, and a certificate that never
 * expires. A course without lessons is never complete, whatever the rule.
 */
@Entity
@Table(name = "course_completion_rule")
public class CompletionRule {
  @Id
  @Column(name = "course_id")
  private Long courseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CompletionKind kind;

  @Column(name = "min_percent", nullable = false)
  private int minPercent;

  @Column(name = "valid_months")
  private Integer validMonths;

  @Version private long version;

  protected CompletionRule() {}

  public CompletionRule(
      long courseId, CompletionKind kind, int minPercent, Optional<Integer> validMonths) {
    this.courseId = courseId;
    change(kind, minPercent, validMonths);
  }

  public static CompletionRule standard(long courseId) {
    return new CompletionRule(
        courseId, CompletionKind.ALL_LESSONS_AND_CHECKPOINTS, 100, Optional.empty());
  }

  /** Changes the rule; certificates already issued keep their expiry. */
  public void change(CompletionKind kind, int minPercent, Optional<Integer> validMonths) {
    if (minPercent < 1 || minPercent > 100) {
      throw new IllegalArgumentException("The percentage is 1 to 100");
    }
    if (validMonths.isPresent() && (validMonths.get() < 1 || validMonths.get() > 120)) {
      throw new IllegalArgumentException("A certificate is valid for 1 to 120 months");
    }
    this.kind = Objects.requireNonNull(kind);
    this.minPercent = kind == CompletionKind.PERCENT_OF_LESSONS ? minPercent : 100;
    this.validMonths = validMonths.orElse(null);
  }

  public boolean isMetBy(StudyCounts counts) {
    if (counts.lessonsTotal() == 0) {
      return false;
    }
    return switch (kind) {
      case ALL_LESSONS_AND_CHECKPOINTS ->
          counts.lessonsDone() == counts.lessonsTotal()
              && counts.checkpointsPassed() == counts.checkpointsTotal();
      case ALL_LESSONS -> counts.lessonsDone() == counts.lessonsTotal();
      case PERCENT_OF_LESSONS -> counts.lessonsDone() * 100 >= minPercent * counts.lessonsTotal();
    };
  }

  /** The last day a certificate issued on {@code issuedOn} is valid, if it expires at all. */
  public Optional<LocalDate> expiryFor(LocalDate issuedOn) {
    return validMonths().map(months -> issuedOn.plusMonths(months).minusDays(1));
  }

  public long getCourseId() {
    return courseId;
  }

  public CompletionKind getKind() {
    return kind;
  }

  public int getMinPercent() {
    return minPercent;
  }

  public Optional<Integer> validMonths() {
    return Optional.ofNullable(validMonths);
  }
}
