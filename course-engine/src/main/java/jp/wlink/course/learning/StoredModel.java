package jp.wlink.course.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.model.Accuracy;
import jp.wlink.course.model.Weights;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * One fit of the learner model's weights as stored, with what it was fitted on and how well it
 * predicted the held-out learners' answers. The newest is the model in use; older ones stay as a
 * record.
 */
@Entity
@Table(name = "learner_model")
@NamedQuery(name = StoredModel.NEWEST_ID, query = "SELECT MAX(m.id) FROM StoredModel m")
public class StoredModel {
  static final String NEWEST_ID = "StoredModel.newestId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "fitted_at", nullable = false)
  private Instant fittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "fitted_by", nullable = false)
  private FitTrigger fittedBy;

  private int learners;
  private int answers;

  @Column(name = "held_out_answers")
  private int heldOutAnswers;

  private Double auc;

  @Column(name = "log_loss")
  private Double logLoss;

  @Lob
  @Column(name = "weights", nullable = false)
  private byte[] weights;

  protected StoredModel() {}

  StoredModel(Instant at, FitTrigger trigger, ModelFit fit) {
    this.fittedAt = Objects.requireNonNull(at);
    this.fittedBy = Objects.requireNonNull(trigger);
    this.learners = fit.learners();
    this.answers = fit.answers();
    this.weights = fit.model().weights().toBytes();
    fit.heldOut()
        .ifPresent(
            held -> {
              heldOutAnswers = held.answers();
              auc = Double.isNaN(held.auc()) ? null : held.auc();
              logLoss = held.logLoss();
            });
  }

  public long getId() {
    return id;
  }

  public Instant getFittedAt() {
    return fittedAt;
  }

  public FitTrigger getFittedBy() {
    return fittedBy;
  }

  public int getLearners() {
    return learners;
  }

  public int getAnswers() {
    return answers;
  }

  /** AUC and log loss on the held-out learners' answers, if there were any of both kinds. */
  public Optional<Accuracy> heldOut() {
    return auc == null ? Optional.empty() : Optional.of(new Accuracy(auc, logLoss, heldOutAnswers));
  }

  Weights weights() {
    return Weights.fromBytes(weights);
  }
}
