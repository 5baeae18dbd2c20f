package jp.wlink.question.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.exam.ExamQuestions;

/**
 * The bank as exams see it: the current versions of published, answerable questions, and version
 * contents by id. Call {@link #markShown} before reading the contents to show: an edit that waits
 * for the version's lock then sees it was shown and makes a new version.
 */
@ApplicationScoped
@Transactional
public class PublishedQuestions implements ExamQuestions {
  private static final String CANDIDATES =
      "SELECT DISTINCT q.id, v.id, q.level, q.subject FROM QuestionVersion v JOIN v.question q";
  private static final String PUBLISHED =
      " WHERE v.number = q.currentVersion AND q.status = :status AND q.type <> :text";

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  protected PublishedQuestions() {}

  /** For use outside a container (persistence tests), in the caller's transaction. */
  public PublishedQuestions(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public List<Candidate> bySubject(String certification, String subject) {
    String jpql =
        CANDIDATES + PUBLISHED + " AND q.certification = :certification AND q.subject = :subject";
    return candidates(
        em.createQuery(jpql, Object[].class)
            .setParameter("certification", certification)
            .setParameter("subject", subject));
  }

  @Override
  public List<Candidate> bySkills(Collection<String> skills) {
    if (skills.isEmpty()) {
      return List.of();
    }
    String jpql = CANDIDATES + " JOIN q.skills s" + PUBLISHED + " AND s IN :skills";
    return candidates(em.createQuery(jpql, Object[].class).setParameter("skills", skills));
  }

  /** The skills of the certification's published questions, each once. */
  public List<String> skillsOfCertification(String certification) {
    return em.createQuery(
            "SELECT DISTINCT s FROM Question q JOIN q.skills s WHERE q.certification = :c"
                + " AND q.status = :status",
            String.class)
        .setParameter("c", certification)
        .setParameter("status", QuestionStatus.PUBLISHED)
        .getResultList();
  }

  @Override
  public Map<Long, QuestionContent> contents(Collection<Long> versionIds) {
    Map<Long, QuestionContent> contents = new HashMap<>();
    if (versionIds.isEmpty()) {
      return contents;
    }
    em.createQuery("SELECT v FROM QuestionVersion v WHERE v.id IN :ids", QuestionVersion.class)
        .setParameter("ids", versionIds)
        .getResultStream()
        .forEach(version -> contents.put(version.getId(), version.getContent()));
    return contents;
  }

  @Override
  public void markShown(Collection<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return;
    }
    // Only versions never shown are written (and so locked), in id order, so that learners who
    // start at once neither queue on the popular questions nor lock them in opposite orders.
    List<Long> unshown =
        em.createQuery(
                "SELECT v.id FROM QuestionVersion v WHERE v.id IN :ids AND v.shown = FALSE"
                    + " ORDER BY v.id",
                Long.class)
            .setParameter("ids", versionIds)
            .getResultList();
    if (unshown.isEmpty()) {
      return;
    }
    em.createQuery(
            "UPDATE QuestionVersion v SET v.shown = TRUE WHERE v.id IN :ids AND v.shown = FALSE")
        .setParameter("ids", unshown)
        .executeUpdate();
  }

  private List<Candidate> candidates(jakarta.persistence.TypedQuery<Object[]> query) {
    return query
        .setParameter("status", QuestionStatus.PUBLISHED)
        .setParameter("text", QuestionType.DESCRIPTION)
        .getResultStream()
        .map(row -> new Candidate((Long) row[0], (Long) row[1], (Integer) row[2], (String) row[3]))
        .toList();
  }
}
