package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.logging.Logger;

/** Settings an account holder changes about themselves that need no confirmation. */
@ApplicationScoped
public class AccountSettings {
  private static final Logger LOG = Logger.getLogger(AccountSettings.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Transactional
  public void changeLocale(long accountId, Locale locale) {
    Account account = em.find(Account.class, accountId);
    if (account != null) {
      account.setLocale(locale);
    }
  }

  /**
   * Changes the language only if the account is still at the version the caller read; returns the
   * account at its new version.
   *
   * @throws OptimisticLockException when the account changed or vanished in the meantime
   */
  @Transactional
  public Account changeLocale(long accountId, Locale locale, long expectedVersion) {
    Account account = em.find(Account.class, accountId);
    if (account == null || account.getVersion() != expectedVersion) {
      throw new OptimisticLockException("Account " + accountId + " is not at " + expectedVersion);
    }

    account.setLocale(locale);
    em.flush();

    LOG.info(() -> "Changed the language of account " + accountId + " to " + locale);
    return account;
  }
}
