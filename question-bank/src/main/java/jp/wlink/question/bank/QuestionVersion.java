package jp.wlink.question.bank;

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
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import jp.wlink.question.content.QuestionContent;

/**
 * One numbered version (from 1) of a question's content. Once a learner has been shown it ({@link
 * #isShown()}), it never changes again: attempts point at its id, and an edit makes the next
 * version instead.
 */
@Entity
@Table(name = "question_version")
@NamedQuery(
    name = QuestionVersion.OF_QUESTION,
    query = "SELECT v FROM QuestionVersion v WHERE v.question.id = :question ORDER BY v.number")
@NamedQuery(
    name = QuestionVersion.CURRENT,
    query =
        "SELECT v FROM QuestionVersion v WHERE v.question.id = :question"
            + " AND v.number = v.question.currentVersion")
@NamedQuery(
    name = QuestionVersion.CURRENT_LOCKED,
    query =
        "SELECT v FROM QuestionVersion v JOIN FETCH v.question q WHERE q.id = :question"
            + " AND v.number = q.currentVersion")
public class QuestionVersion {
  public static final String OF_QUESTION = "QuestionVersion.ofQuestion";
  public static final String CURRENT = "QuestionVersion.current";
  static final String CURRENT_LOCKED = "QuestionVersion.currentLocked";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "question_version_id")
  @TableGenerator(
      name = "question_version_id",
      table = "question_bank_id",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "question_version",
      allocationSize = Question.ID_BLOCK)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private Question question;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Convert(converter = QuestionContentConverter.class)
  @Column(nullable = false)
  private QuestionContent content;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "in_use", nullable = false)
  private boolean shown;

  protected QuestionVersion() {}

  QuestionVersion(
      Question question, int number, QuestionContent content, Long authorId, Instant now) {
    this.question = Objects.requireNonNull(question, "question");
    this.number = number;
    this.content = Objects.requireNonNull(content, "content");
    this.authorId = authorId;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** Changes the content of a version no learner has seen yet. */
  void replace(QuestionContent newContent, Long editorId, Instant now) {
    if (shown) {
      throw new IllegalStateException("version " + id + " was shown and cannot change");
    }
    this.content = Objects.requireNonNull(newContent, "newContent");
    this.authorId = editorId;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Question getQuestion() {
    return question;
  }

  public int getNumber() {
    return number;
  }

  public QuestionContent getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public boolean isShown() {
    return shown;
  }
}
