package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.bank.Question;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.StaleQuestionException;
import jp.wlink.question.bank.UnknownQuestionException;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;

/**
 * Authoring through the pages and the API with the same checks: who may edit which question and set
 * which status ({@link AuthorRights}), and the bank's rule that an edit based on an old revision is
 * refused and a version someone was shown is never changed.
 */
@ApplicationScoped
@Transactional
public class QuestionEditing {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private QuestionBank bank;

  /** The question with its current content, detached, or empty if there is none. */
  public Optional<StoredQuestion> load(long questionId) {
    return bank.currentVersion(questionId).map(StoredQuestion::of);
  }

  /** Every version of the question, oldest first. */
  public List<VersionRow> versions(long questionId) {
    return bank.versions(questionId).stream().map(VersionRow::of).toList();
  }

  /**
   * Stores a new question by the author.
   *
   * @throws NotAllowedException if the author may not author or not set the status
   */
  public StoredQuestion create(
      QuestionContent content, QuestionMetadata metadata, AuthorRights author) {
    if (!author.isAuthor() || !author.maySetStatus(metadata.status())) {
      throw new NotAllowedException();
    }
    Question question = bank.create(content, metadata, author.accountId());
    em.flush();
    return reload(question.getId());
  }

  /**
   * Changes a question as the author sees it at {@code revision}.
   *
   * @throws NotAllowedException if the author may not edit it, or not set a new status
   * @throws StaleQuestionException if someone saved the question since {@code revision}
   * @throws UnknownQuestionException if there is no such question
   */
  public StoredQuestion edit(
      long questionId,
      long revision,
      QuestionContent content,
      QuestionMetadata metadata,
      AuthorRights author) {
    Question question = require(questionId);
    boolean statusChanges = question.getStatus() != metadata.status();
    if (!author.mayEdit(question.getAuthorId())
        || (statusChanges && !author.maySetStatus(metadata.status()))) {
      throw new NotAllowedException();
    }
    bank.edit(questionId, revision, content, metadata, author.accountId());
    return reload(questionId);
  }

  /** Moves a question to a status; the same rights as editing it. */
  public StoredQuestion changeStatus(
      long questionId, long revision, QuestionStatus status, AuthorRights author) {
    Question question = require(questionId);
    if (!author.mayEdit(question.getAuthorId()) || !author.maySetStatus(status)) {
      throw new NotAllowedException();
    }
    if (question.getRevision() != revision) {
      throw new StaleQuestionException(questionId, revision, question.getRevision());
    }
    bank.changeStatus(questionId, status);
    return reload(questionId);
  }

  private Question require(long questionId) {
    return bank.find(questionId).orElseThrow(() -> new UnknownQuestionException(questionId));
  }

  private StoredQuestion reload(long questionId) {
    em.flush();
    return load(questionId).orElseThrow(() -> new UnknownQuestionException(questionId));
  }

  /** The account may not make this change; nothing was changed. */
  public static class NotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAllowedException() {
      super("not allowed to change this question", null, false, false);
    }
  }
}
