package jp.wlink.course.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.wlink.course.adaptive.ScheduledReview;
import jp.wlink.course.review.CardState;
import jp.wlink.course.review.ReviewCard;
import jp.wlink.question.bank.UtcInstantConverter;

/** A learner's FSRS review card for one question, as stored; {@link #card()} is the domain view. */
@Entity
@Table(name = "review_card")
@IdClass(StoredReviewCard.Key.class)
@NamedQuery(
    name = StoredReviewCard.DUE_FIRST,
    query =
        "SELECT c FROM StoredReviewCard c WHERE c.accountId = :account"
            + " ORDER BY c.due, c.questionId")
@NamedQuery(
    name = StoredReviewCard.DUE_FIRST_BY,
    query =
        "SELECT c.questionId, c.skill, c.state, c.step, c.stability, c.difficulty, c.due,"
            + " c.lastReview, c.reps, c.lapses FROM StoredReviewCard c"
            + " WHERE c.accountId = :account AND c.due <= :by ORDER BY c.due, c.questionId")
@NamedQuery(
    name = StoredReviewCard.DUE_BY,
    query = "SELECT COUNT(c) FROM StoredReviewCard c WHERE c.accountId = :account AND c.due <= :at")
public class StoredReviewCard {
  static final String DUE_FIRST = "StoredReviewCard.dueFirst";
  static final String DUE_BY = "StoredReviewCard.dueBy";
  static final String DUE_FIRST_BY = "StoredReviewCard.dueFirstBy";

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "question_id")
  private Long questionId;

  @Column(name = "skill", nullable = false, length = 100)
  private String skill;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 12)
  private CardState state;

  @Column(name = "step", nullable = false)
  private int step;

  @Column(name = "stability", nullable = false)
  private double stability;

  @Column(name = "difficulty", nullable = false)
  private double difficulty;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "due", nullable = false)
  private Instant due;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "last_review")
  private Instant lastReview;

  @Column(name = "reps", nullable = false)
  private int reps;

  @Column(name = "lapses", nullable = false)
  private int lapses;

  protected StoredReviewCard() {}

  StoredReviewCard(long accountId, long questionId, String skill, ReviewCard card) {
    this.accountId = accountId;
    this.questionId = questionId;
    update(skill, card);
  }

  public long getQuestionId() {
    return questionId;
  }

  public String getSkill() {
    return skill;
  }

  public ReviewCard card() {
    return new ReviewCard(state, step, stability, difficulty, due, lastReview, reps, lapses);
  }

  /**
   * The learner's cards due by {@code by}, earliest first, at most {@code max}, read as values: no
   * entity is built, managed or copied for them, which a choice of the next activity would pay for
   * each card it only looks at.
   */
  static List<ScheduledReview> dueFirst(EntityManager em, long accountId, Instant by, int max) {
    return em.createNamedQuery(DUE_FIRST_BY, Object[].class)
        .setParameter("account", accountId)
        .setParameter("by", by)
        .setMaxResults(max)
        .getResultStream()
        .map(StoredReviewCard::review)
        .toList();
  }

  private static ScheduledReview review(Object[] row) {
    ReviewCard card =
        new ReviewCard(
            (CardState) row[2],
            (Integer) row[3],
            (Double) row[4],
            (Double) row[5],
            (Instant) row[6],
            (Instant) row[7],
            (Integer) row[8],
            (Integer) row[9]);
    return new ScheduledReview((Long) row[0], (String) row[1], card);
  }

  void update(String newSkill, ReviewCard card) {
    this.skill = Objects.requireNonNull(newSkill);
    this.state = card.state();
    this.step = card.step();
    this.stability = card.stability();
    this.difficulty = card.difficulty();
    this.due = card.due();
    this.lastReview = card.lastReview();
    this.reps = card.reps();
    this.lapses = card.lapses();
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long accountId;
    private Long questionId;

    public Key() {}

    public Key(long accountId, long questionId) {
      this.accountId = accountId;
      this.questionId = questionId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(questionId, k.questionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, questionId);
    }
  }
}
