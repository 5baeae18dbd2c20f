package jp.wlink.web.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;

/**
 * Publishes questions into the schema of a running W/LINK through the bank's own service, as an
 * author would, so that container and browser tests have a mock exam to take. It never migrates or
 * cleans: the running server owns its schema.
 */
public final class ExamSeed implements AutoCloseable {
  private static final String URL_OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true";

  private final EntityManagerFactory emf;

  private ExamSeed(String jdbcUrl) {
    String url = jdbcUrl.contains("?") ? jdbcUrl : jdbcUrl + URL_OPTIONS;
    emf =
        Persistence.createEntityManagerFactory(
            "wlink-test",
            Map.of(
                "jakarta.persistence.jdbc.url",
                url,
                "jakarta.persistence.jdbc.user",
                TestDatabase.setting("user"),
                "jakarta.persistence.jdbc.password",
                TestDatabase.setting("password"),
                "jakarta.persistence.jdbc.driver",
                "com.mysql.cj.jdbc.Driver"));
  }

  /** Seeds the schema at {@code jdbcUrl} (with or without driver options). */
  public static ExamSeed into(String jdbcUrl) {
    return new ExamSeed(jdbcUrl);
  }

  /**
   * Publishes each content as a question of the certification's subject, written by the account
   * with the given email, and returns the questions' ids in order.
   */
  public List<Long> publish(
      String authorEmail, String certification, String subject, List<QuestionContent> contents) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      long author =
          ((Number)
                  em.createNativeQuery("SELECT id FROM account WHERE email = ?")
                      .setParameter(1, authorEmail)
                      .getSingleResult())
              .longValue();
      QuestionBank bank = new QuestionBank(em);
      List<Long> ids = new ArrayList<>();
      for (QuestionContent content : contents) {
        ids.add(bank.create(content, published(certification, subject), author).getId());
      }
      em.getTransaction().commit();
      return ids;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static QuestionMetadata published(String certification, String subject) {
    return new QuestionMetadata(
        List.of("テスト", certification, subject),
        List.of(),
        Optional.of(certification),
        Optional.of(subject),
        List.of("test-skill"),
        2,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("CC BY 4.0"),
        QuestionStatus.PUBLISHED,
        Optional.empty());
  }

  @Override
  public void close() {
    emf.close();
  }
}
