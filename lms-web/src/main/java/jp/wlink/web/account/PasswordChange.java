package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.security.PasswordHasher;

/**
 * A logged-in person choosing a new password. The current password is asked again, so that a
 * session left open on a shared computer cannot take the account over; open reset links stop
 * working.
 */
@ApplicationScoped
@Transactional
public class PasswordChange {
  private static final Logger LOG = Logger.getLogger(PasswordChange.class.getName());

  @Inject private Accounts accounts;
  @Inject private AccountTokens tokens;
  @Inject private PasswordHasher hasher;

  private final PasswordPolicy passwordPolicy = new PasswordPolicy();

  // LIMITATION: wrong current passwords here are not counted by the login throttle, and other
  // sessions of the account stay logged in after the change.
  public void change(long accountId, String currentPassword, String newPassword)
      throws AccountRequestRefused {
    Account account = accounts.find(accountId).orElseThrow();
    if (!hasher.matches(currentPassword.toCharArray(), account.getPasswordHash())) {
      throw new AccountRequestRefused(
          Refusal.of(FormField.CURRENT_PASSWORD, "settings.currentPassword.wrong"));
    }
    Optional<PasswordRefusal> refusal =
        passwordPolicy.check(newPassword, account.getEmail(), account.getHandle());
    if (refusal.isPresent()) {
      throw new AccountRequestRefused(Refusal.of(FormField.PASSWORD, refusal.get()));
    }

    account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
    tokens.discardOpen(account, TokenPurpose.RESET_PASSWORD);

    LOG.info(() -> "Changed the password of account " + accountId);
  }
}
