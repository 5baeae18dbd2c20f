package jp.wlink.question.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;

/**
 * The bank's questions: create, edit, change status, find and search. Editing follows one rule: a
 * version a learner was shown never changes, so an edit then makes the next version; a version
 * nobody has seen is corrected in place. An edit based on an old revision is refused.
 */
@ApplicationScoped
@Transactional
public class QuestionBank {
  private static final Logger LOG = Logger.getLogger(QuestionBank.class.getName());
  private static final int MAX_PAGE = 500;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  private Clock clock = Clock.systemUTC();

  protected QuestionBank() {}

  /** For use outside a container (persistence tests), in the caller's transaction. */
  public QuestionBank(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public QuestionBank(EntityManager em) {
    this(em, Clock.systemUTC());
  }

  /** Stores a new question with its first version and returns it (with its id). */
  public Question create(QuestionContent content, QuestionMetadata metadata, long authorId) {
    Question question = add(new CategoryTree(em), content, metadata, authorId);

    LOG.info(() -> "Question " + question.getId() + " was created");
    return question;
  }

  /**
   * Stores a new question in a category of the given tree, creating the category if needed. For
   * bulk writers such as imports, which keep one tree for thousands of questions and log once.
   */
  public Question add(
      CategoryTree categories, QuestionContent content, QuestionMetadata metadata, long authorId) {
    Category category = categories.resolve(metadata.categoryPath());
    Question question = new Question(category, content, metadata, authorId, clock.instant());
    em.persist(question);
    em.persist(new QuestionVersion(question, 1, content, authorId, clock.instant()));
    return question;
  }

  /**
   * Changes a question's content and metadata. If its current version was shown to anyone, a new
   * version becomes current and the shown one stays as it was; otherwise the current version is
   * changed in place.
   *
   * @throws StaleQuestionException if the question is no longer at {@code expectedRevision}
   */
  public Question edit(
      long questionId,
      long expectedRevision,
      QuestionContent content,
      QuestionMetadata metadata,
      long editorId) {
    QuestionVersion current = lockedCurrentVersion(questionId);
    Question question = current.getQuestion();
    if (question.getRevision() != expectedRevision) {
      throw new StaleQuestionException(questionId, expectedRevision, question.getRevision());
    }

    if (current.isShown()) {
      int number = question.advanceVersion();
      em.persist(new QuestionVersion(question, number, content, editorId, clock.instant()));
    } else {
      current.replace(content, editorId, clock.instant());
    }
    Category category = new CategoryTree(em).resolve(metadata.categoryPath());
    question.describe(category, content, metadata, clock.instant());
    em.flush();

    LOG.info(
        () ->
            "Question " + questionId + " was edited, now version " + question.getCurrentVersion());
    return question;
  }

  public Question changeStatus(long questionId, QuestionStatus status) {
    Question question = require(questionId);
    question.changeStatus(status, clock.instant());
    em.flush();

    LOG.info(() -> "Question " + questionId + " is now " + status);
    return question;
  }

  public Optional<Question> find(long questionId) {
    return Optional.ofNullable(em.find(Question.class, questionId));
  }

  public Optional<QuestionVersion> currentVersion(long questionId) {
    return em.createNamedQuery(QuestionVersion.CURRENT, QuestionVersion.class)
        .setParameter("question", questionId)
        .getResultStream()
        .findFirst();
  }

  /** Every version of the question, oldest first. */
  public List<QuestionVersion> versions(long questionId) {
    return em.createNamedQuery(QuestionVersion.OF_QUESTION, QuestionVersion.class)
        .setParameter("question", questionId)
        .getResultList();
  }

  /** A page of the questions matching the filter, most recently changed first, and the count. */
  public QuestionPage search(QuestionFilter filter, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("offset >= 0 and limit 1.." + MAX_PAGE);
    }
    Set<Long> categories =
        filter.categoryId().map(id -> new CategoryTree(em).subtree(id)).orElse(Set.of());
    QuestionQuery query = new QuestionQuery(filter, categories);

    List<Question> questions =
        query.page(em).setFirstResult(offset).setMaxResults(limit).getResultList();
    long total = query.count(em).getSingleResult();
    return new QuestionPage(questions, total, offset, limit);
  }

  /** The category tree as it is now, for choosing and showing categories. */
  public CategoryTree categories() {
    return new CategoryTree(em);
  }

  private Question require(long questionId) {
    return find(questionId).orElseThrow(() -> new UnknownQuestionException(questionId));
  }

  /**
   * The current version and its question, read first and locked, so that a learner cannot be shown
   * the version while it changes and the revision checked is the latest one.
   */
  private QuestionVersion lockedCurrentVersion(long questionId) {
    return em.createNamedQuery(QuestionVersion.CURRENT_LOCKED, QuestionVersion.class)
        .setParameter("question", questionId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownQuestionException(questionId));
  }
}
