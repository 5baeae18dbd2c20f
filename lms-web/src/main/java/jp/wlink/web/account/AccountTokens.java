package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Issues and finds mailed-link tokens. An account has at most one open token per purpose: a new
 * link replaces the one before, so only the latest mail works.
 */
// LIMITATION: expired tokens stay in account_token until the account gets a newer link of the
// same purpose; nothing purges them on a schedule yet.
@ApplicationScoped
@Transactional
public class AccountTokens {
  /** Far longer than any secret this class issues; longer input is not even hashed. */
  private static final int LONGEST_SECRET = 100;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;

  public TokenSecret issue(Account account, TokenPurpose purpose) {
    TokenSecret secret = TokenSecret.generate();
    discardOpen(account, purpose);
    em.persist(new AccountToken(account, purpose, secret.hash(), clock.instant()));
    return secret;
  }

  public TokenSecret issueChangeOfEmail(Account account, String newEmail) {
    TokenSecret secret = TokenSecret.generate();
    discardOpen(account, TokenPurpose.CHANGE_EMAIL);
    em.persist(AccountToken.changeOfEmail(account, newEmail, secret.hash(), clock.instant()));
    return secret;
  }

  /** The token with this secret, locked so that two clicks on one link cannot both use it. */
  public Optional<AccountToken> findForUse(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > LONGEST_SECRET) {
      return Optional.empty();
    }
    return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
        .setParameter("hash", TokenSecret.hashOf(secret.strip()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Unused links of this purpose stop working, e.g. reset links after a password change. */
  public void discardOpen(Account account, TokenPurpose purpose) {
    em.createNamedQuery(AccountToken.DISCARD_OPEN)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .executeUpdate();
  }
}
