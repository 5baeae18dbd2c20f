package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** Settings an account holder changes about themselves that need no confirmation. */
@ApplicationScoped
public class AccountSettings {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Transactional
  public void changeLocale(long accountId, Locale locale) {
    Account account = em.find(Account.class, accountId);
    if (account != null) {
      account.setLocale(locale);
    }
  }
}
