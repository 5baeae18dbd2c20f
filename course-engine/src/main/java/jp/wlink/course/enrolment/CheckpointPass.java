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

/** A unit's checkpoint quiz passed on an enrolment: when first, and the best score since. */
@Entity
@Table(name = "checkpoint_pass")
@IdClass(CheckpointPass.Key.class)
public class CheckpointPass {
  @Id
  @Column(name = "enrolment_id")
  private Long enrolmentId;

  @Id
  @Column(name = "unit_id")
  private Long unitId;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "passed_at", nullable = false)
  private Instant passedAt;

  @Column(name = "score_percent", nullable = false)
  private int scorePercent;

  protected CheckpointPass() {}

  CheckpointPass(long enrolmentId, long unitId, Instant passedAt, int scorePercent) {
    this.enrolmentId = enrolmentId;
    this.unitId = unitId;
    this.passedAt = Objects.requireNonNull(passedAt);
    this.scorePercent = scorePercent;
  }

  void passedAgain(int percent) {
    scorePercent = Math.max(scorePercent, percent);
  }

  public long getUnitId() {
    return unitId;
  }

  public Instant getPassedAt() {
    return passedAt;
  }

  public int getScorePercent() {
    return scorePercent;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long enrolmentId;
    private Long unitId;

    public Key() {}

    public Key(long enrolmentId, long unitId) {
      this.enrolmentId = enrolmentId;
      this.unitId = unitId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(enrolmentId, key.enrolmentId)
          && Objects.equals(unitId, key.unitId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(enrolmentId, unitId);
    }
  }
}
