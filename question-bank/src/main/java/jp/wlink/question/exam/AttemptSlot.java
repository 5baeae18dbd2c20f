package jp.wlink.question.exam;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.bank.UtcInstantConverter;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.scoring.Score;

/**
 * One question of an attempt at its position: the exact version shown, the seed that fixes the
 * order its choices were shown in, and the learner's latest answer with its revision. Answers are
 * written only by a conditional update on the revision (see {@link Attempts#saveAnswer}), never by
 * changing this entity, so a stale tab cannot overwrite a newer answer. Not cached: native updates
 * change it behind the provider's back.
 */
@Entity
@Cacheable(false)
@Table(name = "attempt_slot")
@NamedQuery(
    name = AttemptSlot.AT_POSITION,
    query =
        "SELECT s FROM AttemptSlot s JOIN FETCH s.attempt WHERE s.attempt.id = :attempt"
            + " AND s.attempt.learnerId = :learner AND s.position = :position")
@NamedQuery(
    name = AttemptSlot.OF_ATTEMPT,
    query = "SELECT s FROM AttemptSlot s WHERE s.attempt.id = :attempt ORDER BY s.position")
@NamedQuery(
    name = AttemptSlot.AWAITING_GRADING,
    query =
        "SELECT s FROM AttemptSlot s JOIN FETCH s.attempt WHERE s.awaitingGrading = TRUE"
            + " AND s.attempt.state = jp.wlink.question.exam.AttemptState.SUBMITTED"
            + " ORDER BY s.attempt.submittedAt, s.attempt.id, s.position")
@NamedQuery(
    name = AttemptSlot.ATTEMPT_OF,
    query = "SELECT s.attempt.id FROM AttemptSlot s WHERE s.id = :slot")
public class AttemptSlot {
  /** The subject of a question filed under none, as practice by skills may draw them. */
  public static final String NO_SUBJECT = "";

  static final String ATTEMPT_OF = "AttemptSlot.attemptOf";
  static final String AT_POSITION = "AttemptSlot.atPosition";
  static final String OF_ATTEMPT = "AttemptSlot.ofAttempt";
  static final String AWAITING_GRADING = "AttemptSlot.awaitingGrading";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attempt_id")
  private Attempt attempt;

  @Column(nullable = false)
  private int position;

  @Column(name = "question_id", nullable = false)
  private long questionId;

  @Column(name = "question_version_id", nullable = false)
  private long questionVersionId;

  @Column(nullable = false)
  private String subject;

  @Column(name = "choice_seed", nullable = false)
  private long choiceSeed;

  @Convert(converter = ResponseJson.class)
  @Column(name = "response")
  private Response response;

  @Column(nullable = false)
  private long revision;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "saved_at")
  private Instant savedAt;

  @Column(nullable = false)
  private boolean flagged;

  /** Share of the question's mark earned, 0 to 1; null until the attempt is scored. */
  @Column(name = "score")
  private Double score;

  @Column(name = "awaiting_grading", nullable = false)
  private boolean awaitingGrading;

  @Column(name = "graded_by")
  private Long gradedBy;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "graded_at")
  private Instant gradedAt;

  @Column(name = "grader_comment")
  private String graderComment;

  protected AttemptSlot() {}

  AttemptSlot(Attempt attempt, int position, ExamQuestions.Candidate question, long choiceSeed) {
    this.attempt = Objects.requireNonNull(attempt);
    this.position = position;
    this.questionId = question.questionId();
    this.questionVersionId = question.versionId();
    this.subject = question.subject() == null ? NO_SUBJECT : question.subject();
    this.choiceSeed = choiceSeed;
  }

  void scored(Score result) {
    score = result.fraction();
    awaitingGrading = result.awaitingGrading();
  }

  void graded(double fraction, long graderId, String comment, Instant at) {
    score = Score.of(fraction).fraction();
    awaitingGrading = false;
    gradedBy = graderId;
    graderComment = comment;
    gradedAt = at;
  }

  /** Points toward the subject: an essay awaiting grading counts nothing yet. */
  double points() {
    return score == null || awaitingGrading ? 0.0 : score;
  }

  public Long getId() {
    return id;
  }

  public Attempt getAttempt() {
    return attempt;
  }

  public int getPosition() {
    return position;
  }

  public long getQuestionId() {
    return questionId;
  }

  public long getQuestionVersionId() {
    return questionVersionId;
  }

  public String getSubject() {
    return subject;
  }

  public long getChoiceSeed() {
    return choiceSeed;
  }

  public Optional<Response> getResponse() {
    return Optional.ofNullable(response);
  }

  public long getRevision() {
    return revision;
  }

  public Optional<Instant> getSavedAt() {
    return Optional.ofNullable(savedAt);
  }

  public boolean isFlagged() {
    return flagged;
  }

  public Optional<Double> getScore() {
    return Optional.ofNullable(score);
  }

  public boolean isAwaitingGrading() {
    return awaitingGrading;
  }

  public Optional<Long> getGradedBy() {
    return Optional.ofNullable(gradedBy);
  }

  public Optional<Instant> getGradedAt() {
    return Optional.ofNullable(gradedAt);
  }

  public Optional<String> getGraderComment() {
    return Optional.ofNullable(graderComment);
  }
}
