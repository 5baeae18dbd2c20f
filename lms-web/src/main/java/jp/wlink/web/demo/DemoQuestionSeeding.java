package jp.wlink.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportProgress;
import jp.wlink.question.bank.importing.ImportResult;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.web.account.Account;
import jp.wlink.web.questions.CertificationOption;

/**
 * Puts the demo's practice questions into an empty bank through the same preview and commit as an
 * author's import, written by the demo host. It runs once: a bank with any question is left alone,
 * so restarts and real banks never get them twice.
 */
@ApplicationScoped
public class DemoQuestionSeeding {
  static final String AUTHOR_HANDLE = "demo-host";
  private static final Logger LOG = Logger.getLogger(DemoQuestionSeeding.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private ImportStaging staging;
  @Inject private Blueprints blueprints;

  /** The import's result, or empty when demo data is off, the bank has questions or no host. */
  @Transactional
  public Optional<ImportResult> seedIfWanted(boolean demoEnabled) {
    if (!demoEnabled || bankHasQuestions()) {
      return Optional.empty();
    }
    Optional<Account> author = author();
    if (author.isEmpty()) {
      LOG.info("Demo questions were not seeded: there is no demo host to author them");
      return Optional.empty();
    }

    List<CertificationOption> certifications =
        blueprints.all().stream().map(CertificationOption::of).toList();
    ImportPreview preview = staging.preview(new DemoQuestions(certifications).read(List.of()));
    ImportResult result =
        staging.commit(preview, false, author.get().getId(), ImportProgress.IGNORED);

    LOG.info(() -> "Seeded " + result.created() + " demo questions");
    return Optional.of(result);
  }

  private boolean bankHasQuestions() {
    return !em.createQuery("SELECT q.id FROM Question q", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Optional<Account> author() {
    return em.createNamedQuery(Account.BY_HANDLE, Account.class)
        .setParameter("handle", AUTHOR_HANDLE)
        .getResultStream()
        .findFirst();
  }
}
