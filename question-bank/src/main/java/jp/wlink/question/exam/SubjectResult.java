package jp.wlink.question.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.OptionalInt;
import jp.wlink.question.certification.SubjectOutcome;

/**
 * One subject's points in a submitted attempt, kept with the attempt (with the minimum that applied
 * then) so that editing the blueprint later never changes a past result.
 */
@Embeddable
public class SubjectResult {
  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private double points;

  @Column(nullable = false)
  private int possible;

  @Column(name = "minimum_correct")
  private Integer minimumCorrect;

  @Column(nullable = false)
  private boolean passed;

  protected SubjectResult() {}

  public SubjectResult(String subject, double points, int possible, Integer minimum, boolean ok) {
    this.subject = Objects.requireNonNull(subject);
    this.points = points;
    this.possible = possible;
    this.minimumCorrect = minimum;
    this.passed = ok;
  }

  static SubjectResult of(SubjectOutcome outcome) {
    OptionalInt minimum = outcome.minimumCorrect();
    return new SubjectResult(
        outcome.subject(),
        outcome.points(),
        outcome.possible(),
        minimum.isPresent() ? minimum.getAsInt() : null,
        outcome.passed());
  }

  public String getSubject() {
    return subject;
  }

  public double getPoints() {
    return points;
  }

  public int getPossible() {
    return possible;
  }

  public Integer getMinimumCorrect() {
    return minimumCorrect;
  }

  public boolean isPassed() {
    return passed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubjectResult that
        && subject.equals(that.subject)
        && Double.compare(points, that.points) == 0
        && possible == that.possible
        && Objects.equals(minimumCorrect, that.minimumCorrect)
        && passed == that.passed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, points, possible, minimumCorrect, passed);
  }
}
