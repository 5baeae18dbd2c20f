package jp.wlink.question.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.Threshold;

/**
 * A learner's latest final mock-exam results for one certification, for estimates of how ready they
 * are. Attempts still open or awaiting an essay's grade are left out.
 */
@ApplicationScoped
public class MockExamScores {
  /** The pass share assumed for a blueprint without an overall minimum. */
  static final int DEFAULT_PASS_PERCENT = 60;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  protected MockExamScores() {}

  /** For use outside a container, in the caller's transaction. */
  public MockExamScores(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Up to {@code max} of the learner's scored mock exams of the blueprint, latest first. */
  public List<MockExamScore> latest(long learnerId, long blueprintId, int max) {
    return em.createQuery(
            "SELECT a FROM Attempt a WHERE a.learnerId = :learner AND a.blueprint.id = :blueprint"
                + " AND a.kind = :kind AND a.state = :state AND a.provisional = FALSE"
                + " AND a.points IS NOT NULL ORDER BY a.submittedAt DESC, a.id DESC",
            Attempt.class)
        .setParameter("learner", learnerId)
        .setParameter("blueprint", blueprintId)
        .setParameter("kind", AttemptKind.MOCK_EXAM)
        .setParameter("state", AttemptState.SUBMITTED)
        .setMaxResults(max)
        .getResultStream()
        .map(MockExamScores::score)
        .toList();
  }

  // LIMITATION: the pass line is the blueprint's overall minimum as it is now (60% without one),
  // not as it was when the attempt was scored, and core or subject minimums are not part of it.
  private static MockExamScore score(Attempt attempt) {
    Blueprint blueprint = attempt.getBlueprint().orElseThrow();
    int possible = attempt.getPossible().orElse(0);
    Threshold line = blueprint.passRule().overall().orElse(Threshold.percent(DEFAULT_PASS_PERCENT));
    return new MockExamScore(
        attempt.getPoints().orElse(0.0),
        possible,
        line.required(possible),
        attempt.getPassed().orElse(false),
        attempt.getSubmittedAt().orElse(attempt.getStartedAt()));
  }
}
