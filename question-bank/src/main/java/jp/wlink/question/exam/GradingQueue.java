package jp.wlink.question.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Essays that a person must mark, oldest submission first. Grading one sets its fraction, records
 * who graded it and recomputes the attempt's sub-scores and pass; the result stops being
 * provisional when its last essay is graded.
 */
@ApplicationScoped
public class GradingQueue {
  private static final Logger LOG = Logger.getLogger(GradingQueue.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;

  protected GradingQueue() {}

  /** For tests outside a container. */
  public GradingQueue(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
  }

  public List<EssayToGrade> awaiting(int max) {
    return em.createNamedQuery(AttemptSlot.AWAITING_GRADING, AttemptSlot.class)
        .setMaxResults(max)
        .getResultStream()
        .map(EssayToGrade::of)
        .toList();
  }

  /**
   * Marks a submitted essay (a fraction from 0 to 1) and recomputes its attempt's result. The
   * attempt is locked first, so two graders of one attempt's essays take turns.
   */
  @Transactional
  public AttemptResult grade(long slotId, double fraction, long graderId, String comment) {
    Long attemptId =
        em.createNamedQuery(AttemptSlot.ATTEMPT_OF, Long.class)
            .setParameter("slot", slotId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No answer " + slotId));
    Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt.getState() != AttemptState.SUBMITTED) {
      throw new IllegalStateException("Attempt " + attemptId + " is not submitted yet");
    }
    List<AttemptSlot> slots = AttemptScoring.lockedSlots(em, attemptId);

    slots.stream()
        .filter(s -> s.getId() == slotId)
        .findFirst()
        .orElseThrow()
        .graded(fraction, graderId, comment, clock.instant());
    AttemptScoring.recompute(attempt, slots);

    LOG.info(() -> "Grader " + graderId + " graded answer " + slotId + " of " + attemptId);
    return AttemptResult.of(attempt);
  }
}
