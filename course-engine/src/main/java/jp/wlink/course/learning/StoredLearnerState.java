package jp.wlink.course.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.LearnerStates;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * One learner's learner-model state as stored: the compact bytes of {@link LearnerStates}, how many
 * answers it has learnt from, the question answered last and when a placement last ran.
 */
@Entity
@Table(name = "learner_state")
public class StoredLearnerState {
  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Lob
  @Column(name = "state", nullable = false)
  private byte[] state;

  @Column(name = "answers", nullable = false)
  private int answers;

  @Column(name = "last_question_id")
  private Long lastQuestionId;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "placed_at")
  private Instant placedAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected StoredLearnerState() {}

  StoredLearnerState(long accountId, LearnerState state, Instant at) {
    this.accountId = accountId;
    store(state, at);
  }

  public long getAccountId() {
    return accountId;
  }

  public LearnerState state() {
    return LearnerStates.read(state);
  }

  public int getAnswers() {
    return answers;
  }

  public Optional<Long> lastQuestionId() {
    return Optional.ofNullable(lastQuestionId);
  }

  public Optional<Instant> placedAt() {
    return Optional.ofNullable(placedAt);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  void store(LearnerState learned, Instant at) {
    this.state = LearnerStates.write(learned);
    this.answers = learned.answers();
    this.updatedAt = Objects.requireNonNull(at);
  }

  void answered(long questionId) {
    this.lastQuestionId = questionId;
  }

  void placed(Instant at) {
    this.placedAt = at;
  }
}
