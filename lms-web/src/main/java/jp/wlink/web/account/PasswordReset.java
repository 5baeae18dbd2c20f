package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.mail.OutgoingMail;
import jp.wlink.web.security.LoginThrottle;
import jp.wlink.web.security.PasswordHasher;

/**
 * A forgotten password: a one-hour, single-use link to the registered address lets its holder set a
 * new password under the policy. Whether an address is registered is never revealed.
 */
@ApplicationScoped
@Transactional
public class PasswordReset {
  private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());

  @Inject private Accounts accounts;
  @Inject private AccountTokens tokens;
  @Inject private AccountMails mails;
  @Inject private PasswordHasher hasher;
  @Inject private LoginThrottle throttle;
  @Inject private Clock clock;

  private final PasswordPolicy passwordPolicy = new PasswordPolicy();

  /** The reset mail for a registered address; empty otherwise, which must not be shown. */
  public Optional<OutgoingMail> request(String email) {
    return accounts
        .findByEmail(email)
        .filter(account -> account.getStatus() != AccountStatus.DISABLED)
        .map(this::resetMail);
  }

  /** Whether the link can still set a password; opening the page does not use it up. */
  public TokenState check(String secret) {
    return resetToken(secret)
        .map(token -> token.stateAt(clock.instant()))
        .orElse(TokenState.UNKNOWN);
  }

  /**
   * Sets the new password if the link is usable, and returns the state the link was in: the
   * password changed exactly when that is {@link TokenState#USABLE}.
   */
  public TokenState reset(String secret, String newPassword) throws AccountRequestRefused {
    Optional<AccountToken> found = resetToken(secret);
    Instant now = clock.instant();
    TokenState state = found.map(token -> token.stateAt(now)).orElse(TokenState.UNKNOWN);
    if (state != TokenState.USABLE) {
      return state;
    }

    AccountToken token = found.get();
    Account account = token.getAccount();
    Optional<PasswordRefusal> refusal =
        passwordPolicy.check(newPassword, account.getEmail(), account.getHandle());
    if (refusal.isPresent()) {
      throw new AccountRequestRefused(Refusal.of(FormField.PASSWORD, refusal.get()));
    }

    account.changePasswordHash(hasher.hash(newPassword.toCharArray()));
    token.use(now);
    confirmAddress(account, now);
    throttle.recordSuccess(account.getEmail());

    LOG.info(() -> "Reset the password of account " + account.getId());
    return TokenState.USABLE;
  }

  private OutgoingMail resetMail(Account account) {
    TokenSecret secret = tokens.issue(account, TokenPurpose.RESET_PASSWORD);

    LOG.info(() -> "Issued a password reset link for account " + account.getId());
    return mails.passwordReset(account, secret);
  }

  /** The reset link reached the address, which proves it as well as a verification link. */
  private static void confirmAddress(Account account, Instant now) {
    if (account.getEmailVerifiedAt() == null) {
      account.verifyEmail(now);
    }
  }

  private Optional<AccountToken> resetToken(String secret) {
    return tokens
        .findForUse(secret)
        .filter(token -> token.getPurpose() == TokenPurpose.RESET_PASSWORD);
  }
}
