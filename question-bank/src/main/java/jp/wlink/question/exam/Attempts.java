package jp.wlink.question.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.BlueprintSubject;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import jp.wlink.question.scoring.Response;

/**
 * Starting and taking attempts. Every answer is written the moment it is sent, by a conditional
 * update on the slot's revision: a stale tab or a late request after the deadline changes nothing
 * and is told why. The server's clock alone decides deadlines.
 */
@ApplicationScoped
public class Attempts {
  private static final Logger LOG = Logger.getLogger(Attempts.class.getName());

  /** Questions seen in this window are drawn last. */
  static final Duration RECENT = Duration.ofDays(30);

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private ExamQuestions questions;

  protected Attempts() {}

  /** For tests outside a container. */
  public Attempts(EntityManager em, Clock clock, ExamQuestions questions) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
    this.questions = Objects.requireNonNull(questions);
  }

  /** Starts a mock exam, or resumes the learner's open attempt at the same blueprint. */
  @Transactional
  public StartOutcome start(long learnerId, long blueprintId) {
    Instant now = clock.instant();
    Blueprint blueprint = em.find(Blueprint.class, blueprintId);
    if (blueprint == null) {
      throw new IllegalArgumentException("No blueprint " + blueprintId);
    }
    // LIMITATION: two starts racing from two tabs may open two attempts; each stays consistent.
    Optional<Attempt> open = openAttempt(learnerId, blueprint, now);
    if (open.isPresent()) {
      return new StartOutcome.Started(
          open.get().getId(), open.get().getDeadline(), List.of(), true);
    }

    RandomGenerator random = new SplittableRandom();
    Assembly assembly =
        new MockExamAssembler()
            .assemble(blueprint, candidates(blueprint), recentlySeen(learnerId, now), random);

    return begin(Attempt.mockExam(learnerId, blueprint, now), assembly, random);
  }

  /**
   * Starts a practice quiz as the spec asks, or resumes the learner's open practice quiz that asked
   * for exactly the same, so that starting again from a lesson does not leave a trail of unfinished
   * attempts.
   */
  @Transactional
  public StartOutcome startPractice(long learnerId, PracticeSpec spec) {
    Instant now = clock.instant();
    Optional<Attempt> open = openPractice(learnerId, spec, now);
    if (open.isPresent()) {
      return new StartOutcome.Started(
          open.get().getId(), open.get().getDeadline(), List.of(), true);
    }

    PracticeQuiz quiz = new PracticeQuiz();
    RandomGenerator random = new SplittableRandom();
    Assembly assembly =
        quiz.assemble(spec, quiz.candidates(spec, questions), recentlySeen(learnerId, now), random);

    return begin(Attempt.practice(learnerId, spec, now), assembly, random);
  }

  /**
   * Each subject's candidates. A question may name its certification by the blueprint's code or by
   * its Japanese name (as a category path reads); both count, and assembly drops duplicates.
   */
  private Map<String, List<Candidate>> candidates(Blueprint blueprint) {
    Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
    for (BlueprintSubject subject : blueprint.getSubjects()) {
      List<Candidate> pool =
          new ArrayList<>(questions.bySubject(blueprint.getCode(), subject.getName()));
      pool.addAll(questions.bySubject(blueprint.getName(), subject.getName()));
      candidates.put(subject.getName(), pool);
    }
    return candidates;
  }

  private StartOutcome begin(Attempt attempt, Assembly assembly, RandomGenerator random) {
    if (assembly.questions().isEmpty()) {
      return new StartOutcome.NoQuestions(assembly.shortages());
    }
    // Marking first takes the versions' write locks before the slots' foreign keys take shared
    // ones; the other order deadlocks two learners who start the same exam at once.
    questions.markShown(assembly.questions().stream().map(Candidate::versionId).toList());
    for (Candidate question : assembly.questions()) {
      attempt.addSlot(question, random.nextLong());
    }
    em.persist(attempt);
    em.flush();

    LOG.info(() -> "Learner " + attempt.getLearnerId() + " started attempt " + attempt.getId());
    return new StartOutcome.Started(
        attempt.getId(), attempt.getDeadline(), assembly.shortages(), false);
  }

  private Optional<Attempt> openAttempt(long learnerId, Blueprint blueprint, Instant now) {
    return em.createNamedQuery(Attempt.OPEN_FOR_BLUEPRINT, Attempt.class)
        .setParameter("learner", learnerId)
        .setParameter("blueprint", blueprint)
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }

  private Optional<Attempt> openPractice(long learnerId, PracticeSpec spec, Instant now) {
    return em.createNamedQuery(Attempt.OPEN_PRACTICE, Attempt.class)
        .setParameter("learner", learnerId)
        .setParameter("now", now)
        .getResultStream()
        .filter(attempt -> attempt.getPracticeSpec().filter(spec::equals).isPresent())
        .findFirst();
  }

  /** When the learner last saw each question over the recent window, from their attempts. */
  public RecentlySeen recentlySeen(long learnerId, Instant now) {
    List<Object[]> rows =
        em.createNamedQuery(Attempt.SEEN_SINCE, Object[].class)
            .setParameter("learner", learnerId)
            .setParameter("since", now.minus(RECENT))
            .getResultList();
    Map<Long, Instant> lastSeen = new HashMap<>();
    for (Object[] row : rows) {
      lastSeen.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
    }
    return new RecentlySeen(lastSeen);
  }

  /**
   * Stores an answer if {@code baseRevision} is the slot's current revision and the attempt still
   * takes answers. A null response clears the answer.
   */
  @Transactional
  public SaveOutcome saveAnswer(
      long attemptId, long learnerId, int position, long baseRevision, Response response) {
    Instant now = clock.instant();
    int updated =
        em.createNativeQuery(AttemptStatements.SAVE_ANSWER)
            .setParameter(1, ResponseJson.write(response))
            .setParameter(2, AttemptStatements.at(now))
            .setParameter(3, attemptId)
            .setParameter(4, position)
            .setParameter(5, baseRevision)
            .setParameter(6, learnerId)
            .setParameter(7, AttemptStatements.at(now))
            .executeUpdate();
    if (updated == 1) {
      return new SaveOutcome.Saved(baseRevision + 1, now);
    }
    return whyNotSaved(attemptId, learnerId, position, now);
  }

  private SaveOutcome whyNotSaved(long attemptId, long learnerId, int position, Instant now) {
    AttemptSlot slot = slot(attemptId, learnerId, position);
    Attempt attempt = slot.getAttempt();
    boolean takesAnswers =
        attempt.getState() == AttemptState.OPEN
            && attempt.getDeadline().map(now::isBefore).orElse(true);
    if (!takesAnswers) {
      return new SaveOutcome.Closed();
    }
    return new SaveOutcome.Stale(slot.getRevision(), slot.getResponse());
  }

  /** Marks a slot for review; false when the attempt no longer takes changes. */
  @Transactional
  public boolean flag(long attemptId, long learnerId, int position, boolean flagged) {
    Instant now = clock.instant();
    int updated =
        em.createNativeQuery(AttemptStatements.FLAG)
            .setParameter(1, flagged)
            .setParameter(2, attemptId)
            .setParameter(3, position)
            .setParameter(4, learnerId)
            .setParameter(5, AttemptStatements.at(now))
            .executeUpdate();
    if (updated == 0) {
      slot(attemptId, learnerId, position);
    }
    return updated == 1;
  }

  /** Every slot's state, for resuming and for the summary before submitting. */
  public AttemptSummary summary(long attemptId, long learnerId) {
    Attempt attempt = own(attemptId, learnerId);
    List<SlotStatus> slots =
        attempt.getSlots().stream()
            .map(
                s ->
                    new SlotStatus(
                        s.getPosition(),
                        s.getSubject(),
                        s.getQuestionVersionId(),
                        s.getChoiceSeed(),
                        s.getRevision(),
                        s.getResponse(),
                        s.isFlagged()))
            .toList();
    return new AttemptSummary(
        attemptId, attempt.getState(), attempt.getDeadline(), clock.instant(), slots);
  }

  /** The learner's own attempt, or {@link AttemptNotFound}. */
  public Attempt own(long attemptId, long learnerId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null || attempt.getLearnerId() != learnerId) {
      throw new AttemptNotFound(attemptId);
    }
    return attempt;
  }

  private AttemptSlot slot(long attemptId, long learnerId, int position) {
    return em.createNamedQuery(AttemptSlot.AT_POSITION, AttemptSlot.class)
        .setParameter("attempt", attemptId)
        .setParameter("learner", learnerId)
        .setParameter("position", position)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AttemptNotFound(attemptId));
  }
}
