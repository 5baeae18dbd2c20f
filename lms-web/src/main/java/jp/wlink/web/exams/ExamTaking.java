package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.question.exam.Attempt;
import jp.wlink.question.exam.AttemptNotFound;
import jp.wlink.question.exam.AttemptResult;
import jp.wlink.question.exam.AttemptState;
import jp.wlink.question.exam.AttemptSummary;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.ExamQuestions;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.question.exam.SaveOutcome;
import jp.wlink.question.exam.SlotStatus;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.question.exam.Submissions;
import jp.wlink.question.scoring.Response;

/**
 * What the exam pages and the attempts API do for a learner, over the engine's services. Every
 * method names the learner: an attempt that is not theirs is {@link AttemptNotFound}, exactly like
 * one that does not exist. Each method is one transaction; none mixes the engine's conditional
 * updates with entities read earlier in the same transaction, which would then be stale.
 */
@ApplicationScoped
public class ExamTaking {
  /** The list of a learner's attempts shows the latest this many. */
  static final int MAX_LISTED = 50;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Attempts attempts;
  @Inject private Submissions submissions;
  @Inject private ExamQuestions questions;
  @Inject private Blueprints blueprints;
  @Inject private Clock clock;

  /** Starts (or resumes) a mock exam; empty when there is no such blueprint. */
  @Transactional
  public Optional<StartOutcome> startMockExam(long learnerId, long blueprintId) {
    if (blueprints.find(blueprintId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(attempts.start(learnerId, blueprintId));
  }

  @Transactional
  public StartOutcome startPractice(long learnerId, PracticeSpec spec) {
    return attempts.startPractice(learnerId, spec);
  }

  /** The attempt with the content of every version it shows. */
  @Transactional
  public TakenAttempt load(long attemptId, long learnerId) {
    Attempt attempt = attempts.own(attemptId, learnerId);
    AttemptSummary summary = attempts.summary(attemptId, learnerId);
    List<Long> versions = summary.slots().stream().map(SlotStatus::questionVersionId).toList();
    return new TakenAttempt(
        summary, attempt.getKind(), attempt.getBlueprint(), questions.contents(versions));
  }

  @Transactional
  public SaveOutcome save(
      long attemptId, long learnerId, int position, long baseRevision, Response response) {
    return attempts.saveAnswer(attemptId, learnerId, position, baseRevision, response);
  }

  /** Flags or unflags a slot; false when the attempt no longer takes changes. */
  @Transactional
  public boolean flag(long attemptId, long learnerId, int position, boolean flagged) {
    return attempts.flag(attemptId, learnerId, position, flagged);
  }

  @Transactional
  public AttemptResult submit(long attemptId, long learnerId) {
    return submissions.submit(attemptId, learnerId);
  }

  /**
   * Submits the attempt if its deadline has passed and the sweep has not got to it yet, so that a
   * learner who comes back after the end sees the result at once. True when it is submitted now.
   */
  @Transactional
  public boolean closeIfOverdue(long attemptId, long learnerId) {
    Object[] row =
        em.createQuery(
                "SELECT a.state, a.deadline FROM Attempt a WHERE a.id = :id AND a.learnerId = :l",
                Object[].class)
            .setParameter("id", attemptId)
            .setParameter("l", learnerId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AttemptNotFound(attemptId));
    if (row[0] == AttemptState.SUBMITTED) {
      return true;
    }
    Instant deadline = (Instant) row[1];
    if (deadline == null || clock.instant().isBefore(deadline)) {
      return false;
    }
    submissions.submit(attemptId, learnerId);
    return true;
  }

  /** The learner's attempts, newest first. */
  @Transactional
  public List<AttemptRow> mine(long learnerId) {
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT a FROM Attempt a WHERE a.learnerId = :l ORDER BY a.startedAt DESC, a.id DESC",
            Attempt.class)
        .setParameter("l", learnerId)
        .setMaxResults(MAX_LISTED)
        .getResultStream()
        .map(a -> row(a, now))
        .toList();
  }

  private static AttemptRow row(Attempt attempt, Instant now) {
    boolean submitted = attempt.getState() == AttemptState.SUBMITTED;
    boolean open = !submitted && attempt.getDeadline().map(now::isBefore).orElse(true);
    Optional<Blueprint> blueprint = attempt.getBlueprint();
    return new AttemptRow(
        attempt.getId(),
        attempt.getKind(),
        blueprint.map(Blueprint::getName).orElse(null),
        blueprint.map(Blueprint::getNameEn).orElse(null),
        attempt.getStartedAt(),
        attempt.getDeadline().orElse(null),
        open,
        submitted,
        attempt.getPoints().orElse(null),
        attempt.getPossible().orElse(null),
        attempt.getPassed().orElse(null));
  }
}
