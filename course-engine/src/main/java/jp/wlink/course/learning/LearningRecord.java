package jp.wlink.course.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.course.model.AnswerKind;
import jp.wlink.course.model.Difficulties;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.ModelSettings;
import jp.wlink.course.review.AnswerGrading;
import jp.wlink.course.review.ReviewCard;
import jp.wlink.course.review.ReviewScheduler;
import jp.wlink.question.exam.AttemptScored;
import jp.wlink.question.exam.AttemptScored.ScoredAnswer;

/**
 * Keeps each learner's learning record in step with their answers: when the question bank has
 * scored an attempt, the learner model learns from every answered question filed under a skill and
 * the question's review card is rescheduled by FSRS. The learner's state row is locked while it
 * changes, so the answers of one learner are learnt one attempt at a time on any instance.
 *
 * <p>The model is the newest stored fit ({@link ModelFitting}) over the item calibration shared by
 * every instance ({@link SharedCalibration}), or the untrained model until a fit is stored. Every
 * {@link #READ_BACK_SECONDS} seconds at most, {@link #model()} reads back the calibration rows and
 * the newest fit that other instances stored.
 */
@ApplicationScoped
public class LearningRecord {
  private static final Logger LOG = Logger.getLogger(LearningRecord.class.getName());

  /** A fully correct answer scores 1; half or more counts as correct for the model. */
  private static final double CORRECT = 0.5;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  /** How often at most the calibration and the newest model are read back. */
  static final long READ_BACK_SECONDS = 10;

  private final ModelSettings settings = ModelSettings.defaults();
  private final SharedCalibration calibration = new SharedCalibration(settings);
  private final AtomicLong nextReadBack = new AtomicLong(System.nanoTime());
  private volatile InUse inUse =
      new InUse(0, LearnerModel.untrained(settings).over(calibration.difficulties()));
  private final ReviewScheduler scheduler = ReviewScheduler.defaults();
  private final AnswerGrading grading = AnswerGrading.defaults();
  private final SkillNumbering numbering = new SkillNumbering();

  protected LearningRecord() {}

  /** For tests outside a container. */
  public LearningRecord(EntityManager em) {
    this.em = Objects.requireNonNull(em);
  }

  /** Learns from an attempt once the transaction that scored it has committed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void onScored(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptScored scored) {
    learn(scored);
  }

  /** Learns from the attempt's answers in the caller's transaction. */
  public void learn(AttemptScored scored) {
    List<ScoredAnswer> answers =
        scored.answers().stream().filter(a -> !a.skills().isEmpty()).toList();
    if (answers.isEmpty()) {
      return;
    }
    StoredLearnerState stored = lockedState(scored.learnerId(), scored.at());
    LearnerState state = stored.state();
    List<ItemRef> items = answers.stream().map(this::itemOf).toList();
    LearnerModel model = model();
    SharedCalibration.Locked locked = calibration.lock(em, items);

    for (int i = 0; i < answers.size(); i++) {
      ScoredAnswer answer = answers.get(i);
      ItemRef item = items.get(i);
      boolean correct = answer.score() >= CORRECT;
      calibration.learn(
          locked, item, () -> model.update(state, item, correct, AnswerKind.PRACTICE));
      review(scored.learnerId(), answer, answer.skills().get(0), scored.at());
      stored.answered(answer.questionId());
    }
    calibration.store(em, locked);
    stored.store(state, scored.at());

    LOG.info(
        () ->
            "Learnt "
                + answers.size()
                + " answers of attempt "
                + scored.attemptId()
                + " for learner "
                + scored.learnerId());
  }

  // LIMITATION: placement answers calibrate only this instance's copy of the difficulties, until
  // the next read-back; they are not stored as answers, so the shared calibration never sees them.
  /** Stores a state a placement test produced, with when it ran. */
  public void placed(long learnerId, LearnerState state, Instant at) {
    StoredLearnerState stored = lockedState(learnerId, at);
    stored.store(state, at);
    stored.placed(at);
  }

  /** The learner's stored state, if the model has learnt anything about them. */
  public Optional<StoredLearnerState> stateOf(long learnerId) {
    return Optional.ofNullable(em.find(StoredLearnerState.class, learnerId));
  }

  /** The learner's state, or a new learner's when nothing is stored. */
  public LearnerState currentState(long learnerId) {
    return stateOf(learnerId).map(StoredLearnerState::state).orElseGet(model()::newLearner);
  }

  /** The learner's cards that fall due first, earliest first. */
  public List<StoredReviewCard> reviewsDueFirst(long learnerId, int max) {
    return em.createNamedQuery(StoredReviewCard.DUE_FIRST, StoredReviewCard.class)
        .setParameter("account", learnerId)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many of the learner's cards are due by {@code at}. */
  public long reviewsDueBy(long learnerId, Instant at) {
    return em.createNamedQuery(StoredReviewCard.DUE_BY, Long.class)
        .setParameter("account", learnerId)
        .setParameter("at", at)
        .getSingleResult();
  }

  /** The model's number for a skill, if any learner has answered at it. */
  public Optional<Integer> skillNumber(String skill) {
    return numbering.find(em, skill);
  }

  /** The model's number for a skill, handing one out when it is new. */
  public int numberSkill(String skill) {
    return numbering.number(em, skill);
  }

  /** The model in use, after reading back what other instances stored if it is time to. */
  public LearnerModel model() {
    long due = nextReadBack.get();
    long now = System.nanoTime();
    if (now - due >= 0
        && nextReadBack.compareAndSet(due, now + TimeUnit.SECONDS.toNanos(READ_BACK_SECONDS))) {
      readBack();
    }
    return inUse.model();
  }

  /** The stored fit in use, if any. */
  public Optional<StoredModel> storedModel() {
    long id = inUse.modelId();
    return id == 0 ? Optional.empty() : Optional.ofNullable(em.find(StoredModel.class, id));
  }

  /**
   * Takes a fit just stored into use, with its calibration replacing the shared one; for {@link
   * ModelFitting}, in its transaction. Public so that the call reaches the bean through its proxy.
   */
  public void adopt(StoredModel stored, Difficulties fitted) {
    calibration.replace(em, fitted);
    inUse = new InUse(stored.getId(), LearnerModel.of(settings, stored.weights(), shared()));
  }

  private void readBack() {
    calibration.refresh(em);
    Long newest = em.createNamedQuery(StoredModel.NEWEST_ID, Long.class).getSingleResult();
    if (newest == null || newest == inUse.modelId()) {
      return;
    }
    try {
      StoredModel stored = em.find(StoredModel.class, newest);
      inUse = new InUse(newest, LearnerModel.of(settings, stored.weights(), shared()));
      LOG.info(() -> "Took stored learner model " + newest + " into use");
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Stored learner model " + newest + " is unreadable; kept", e);
      inUse = new InUse(newest, inUse.model());
    }
  }

  private Difficulties shared() {
    return calibration.difficulties();
  }

  private ItemRef itemOf(ScoredAnswer answer) {
    return new ItemRef(answer.questionId(), numbering.number(em, answer.skills().get(0)));
  }

  /** The model in use and the id of its stored fit, 0 for the untrained fallback. */
  private record InUse(long modelId, LearnerModel model) {}

  // LIMITATION: the response time of each answer is not recorded by the question bank, so a
  // fully correct answer is always Good, never Hard for being slow.
  private void review(long learnerId, ScoredAnswer answer, String skill, Instant at) {
    StoredReviewCard.Key key = new StoredReviewCard.Key(learnerId, answer.questionId());
    StoredReviewCard stored = em.find(StoredReviewCard.class, key);
    ReviewCard card = stored == null ? ReviewCard.fresh(at) : stored.card();
    ReviewCard next = scheduler.review(card, grading.grade(answer.score(), Duration.ZERO), at);
    if (stored == null) {
      em.persist(new StoredReviewCard(learnerId, answer.questionId(), skill, next));
    } else {
      stored.update(skill, next);
    }
  }

  /**
   * The learner's state row, locked. A new learner's row is inserted at once rather than looked for
   * with a locking read first: on MariaDB a locking read of a missing row locks the gap around it,
   * and two new learners' inserts into one gap would deadlock.
   */
  private StoredLearnerState lockedState(long learnerId, Instant at) {
    long stored =
        em.createQuery(
                "SELECT COUNT(s) FROM StoredLearnerState s WHERE s.accountId = :id", Long.class)
            .setParameter("id", learnerId)
            .getSingleResult();
    if (stored == 0) {
      StoredLearnerState created = new StoredLearnerState(learnerId, model().newLearner(), at);
      em.persist(created);
      em.flush();
      return created;
    }
    return em.find(StoredLearnerState.class, learnerId, LockModeType.PESSIMISTIC_WRITE);
  }
}
