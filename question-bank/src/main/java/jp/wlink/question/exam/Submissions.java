package jp.wlink.question.exam;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;
import jp.wlink.question.scoring.Scorer;

/**
 * Ends attempts: when the learner submits, and when the server finds one past its deadline. The
 * move from OPEN to SUBMITTED is a conditional update, the claim; only the caller whose claim
 * changed the row scores the attempt, so two tabs or two instances never submit it twice.
 */
@ApplicationScoped
public class Submissions {
  private static final Logger LOG = Logger.getLogger(Submissions.class.getName());

  /** At most this many overdue attempts per sweep, so one sweep stays a short transaction. */
  static final int SWEEP_BATCH = 50;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private ExamQuestions questions;
  @Inject private Event<AttemptScored> scoredEvents;
  private final Scorer scorer = new Scorer();
  private Consumer<AttemptScored> onScored = scored -> {};

  protected Submissions() {}

  /** For tests outside a container. */
  public Submissions(EntityManager em, Clock clock, ExamQuestions questions) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
    this.questions = Objects.requireNonNull(questions);
  }

  /** For tests outside a container: who hears of each scored attempt instead of CDI observers. */
  public Submissions(
      EntityManager em, Clock clock, ExamQuestions questions, Consumer<AttemptScored> onScored) {
    this(em, clock, questions);
    this.onScored = Objects.requireNonNull(onScored);
  }

  @PostConstruct
  void announceThroughCdi() {
    onScored = scoredEvents::fire;
  }

  /**
   * Submits the learner's attempt and scores it; submitting again returns the stored result. After
   * the deadline the attempt ends as timed out, with only the answers saved in time.
   */
  @Transactional
  public AttemptResult submit(long attemptId, long learnerId) {
    Instant now = clock.instant();
    int claimed =
        claim(AttemptStatements.CLAIM_OWN, now, attemptId)
            .setParameter(4, learnerId)
            .executeUpdate();

    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null || attempt.getLearnerId() != learnerId) {
      throw new AttemptNotFound(attemptId);
    }
    if (claimed == 1) {
      scoreAndAnnounce(attempt);
      LOG.info(() -> "Attempt " + attemptId + " submitted by learner " + learnerId);
    }
    return AttemptResult.of(attempt);
  }

  /**
   * Submits every OPEN attempt whose deadline has passed, for a scheduler on any instance. Returns
   * how many this caller submitted; a racing caller submits none of the same attempts.
   */
  // LIMITATION: one transaction per sweep, so a failure scoring one attempt retries the batch.
  @Transactional
  public int autoSubmitOverdue(Instant now) {
    List<Long> overdue =
        em.createNamedQuery(Attempt.OVERDUE, Long.class)
            .setParameter("now", now)
            .setMaxResults(SWEEP_BATCH)
            .getResultList();

    int submitted = 0;
    for (long attemptId : overdue) {
      int claimed =
          claim(AttemptStatements.CLAIM_OVERDUE, now, attemptId)
              .setParameter(4, AttemptStatements.at(now))
              .executeUpdate();
      if (claimed == 1) {
        scoreAndAnnounce(em.find(Attempt.class, attemptId));
        submitted++;
      }
    }
    if (submitted > 0) {
      int count = submitted;
      LOG.info(() -> "Submitted " + count + " attempts whose deadline had passed");
    }
    return submitted;
  }

  private Query claim(String statement, Instant now, long attemptId) {
    return em.createNativeQuery(statement)
        .setParameter(1, AttemptStatements.at(now))
        .setParameter(2, AttemptStatements.at(now))
        .setParameter(3, attemptId);
  }

  private void scoreAndAnnounce(Attempt attempt) {
    List<AttemptSlot> slots = scoring().score(attempt);
    onScored.accept(AttemptScored.of(attempt, slots, new SkillsOfQuestions(em)));
  }

  private AttemptScoring scoring() {
    return new AttemptScoring(em, questions, scorer);
  }
}
