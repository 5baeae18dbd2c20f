package jp.wlink.course.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.course.jobs.DailyJobClaim;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.progress.Pace;

/**
 * Fits the learner model on every learner's stored answers ({@link ModelFit}), stores the weights
 * with their figures, replaces the shared item calibration with the fit's and puts the model into
 * use. With fewer than the minimum answers nothing changes. The nightly fit is claimed for the day
 * by a conditional update, so one instance of a cluster runs it.
 */
// LIMITATION: answers learnt while a fit reads and trains are overwritten in the calibration by
// the fit's values; they are in the next fit, and the fit takes seconds per million answers.
@ApplicationScoped
public class ModelFitting {
  private static final Logger LOG = Logger.getLogger(ModelFitting.class.getName());

  /** The fewest stored answers a fit is made on. */
  public static final int MINIMUM_ANSWERS = 200;

  static final String NIGHTLY_JOB = "learner-model-fit";

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private LearningRecord record;
  @Inject private Clock clock;
  private int minimumAnswers = MINIMUM_ANSWERS;

  protected ModelFitting() {}

  /** For tests outside a container. */
  public ModelFitting(EntityManager em, LearningRecord record, Clock clock, int minimumAnswers) {
    this.em = Objects.requireNonNull(em);
    this.record = Objects.requireNonNull(record);
    this.clock = Objects.requireNonNull(clock);
    this.minimumAnswers = minimumAnswers;
  }

  /** Fits, stores and uses a new model, unless too few answers are stored. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public FitOutcome fit(FitTrigger trigger) {
    List<AnswerSequence> sequences = AnswerHistory.read(em, record::numberSkill);
    Optional<ModelFit> fit = ModelFit.of(sequences, record.model().settings(), minimumAnswers);
    if (fit.isEmpty()) {
      int answers = sequences.stream().mapToInt(s -> s.answers().size()).sum();
      LOG.info(() -> "Kept the learner model: " + answers + " answers are too few to fit");
      return FitOutcome.tooFew(answers, sequences.size(), minimumAnswers);
    }

    StoredModel stored = new StoredModel(clock.instant(), trigger, fit.get());
    em.persist(stored);
    em.flush();
    record.adopt(stored, fit.get().model().difficulties());

    LOG.info(
        () ->
            "Fitted learner model "
                + stored.getId()
                + " on "
                + stored.getAnswers()
                + " answers of "
                + stored.getLearners()
                + " learners ("
                + trigger
                + ")");
    return FitOutcome.fitted(stored, minimumAnswers);
  }

  /**
   * The nightly fit, if no instance has claimed today's (in Japan) yet. The claim and the fit share
   * a transaction: others wait on the claimed row and find it taken, and a failed fit releases the
   * claim for the next round.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public FitOutcome fitNightly() {
    Instant now = clock.instant();
    LocalDate today = now.atZone(Pace.JAPAN).toLocalDate();
    if (!DailyJobClaim.claim(em, NIGHTLY_JOB, today, now)) {
      return FitOutcome.alreadyRun();
    }
    return fit(FitTrigger.NIGHTLY);
  }

  /** The model in use, if one has been fitted and stored. */
  public Optional<StoredModel> newest() {
    return record.storedModel();
  }
}
