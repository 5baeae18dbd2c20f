package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.mail.OutgoingMail;

/**
 * Opens a mailed email link: a verification link activates the new account, a change-of-email link
 * makes the new address the account's login and returns a notice for the old address.
 */
@ApplicationScoped
@Transactional
public class EmailConfirmation {
  private static final Logger LOG = Logger.getLogger(EmailConfirmation.class.getName());

  /** What opening the link did. */
  public enum Outcome {
    VERIFIED,
    EMAIL_CHANGED,
    EXPIRED,
    USED,
    UNKNOWN,
    /** The new address was registered by someone else after the change was requested. */
    EMAIL_TAKEN
  }

  /**
   * The outcome, the purpose of the link when one was found, and for a changed email the notice to
   * send to the old address once the change is committed.
   */
  public record Result(Outcome outcome, TokenPurpose purpose, OutgoingMail notice) {
    static Result of(Outcome outcome, TokenPurpose purpose) {
      return new Result(outcome, purpose, null);
    }

    public Optional<OutgoingMail> optionalNotice() {
      return Optional.ofNullable(notice);
    }
  }

  @Inject private AccountTokens tokens;
  @Inject private Accounts accounts;
  @Inject private AccountMails mails;
  @Inject private Clock clock;

  public Result confirm(String secret) {
    Optional<AccountToken> found =
        tokens
            .findForUse(secret)
            .filter(token -> token.getPurpose() != TokenPurpose.RESET_PASSWORD);
    if (found.isEmpty()) {
      return Result.of(Outcome.UNKNOWN, null);
    }

    AccountToken token = found.get();
    Instant now = clock.instant();
    TokenState state = token.stateAt(now);
    if (state != TokenState.USABLE) {
      Outcome outcome = state == TokenState.USED ? Outcome.USED : Outcome.EXPIRED;
      return Result.of(outcome, token.getPurpose());
    }
    return token.getPurpose() == TokenPurpose.VERIFY_EMAIL
        ? verify(token, now)
        : changeEmail(token, now);
  }

  private Result verify(AccountToken token, Instant now) {
    Account account = token.getAccount();
    account.verifyEmail(now);
    token.use(now);

    LOG.info(() -> "Verified the email address of account " + account.getId());
    return Result.of(Outcome.VERIFIED, TokenPurpose.VERIFY_EMAIL);
  }

  private Result changeEmail(AccountToken token, Instant now) {
    Account account = token.getAccount();
    Optional<Account> holder = accounts.findByEmail(token.getNewEmail());
    if (holder.isPresent() && !holder.get().getId().equals(account.getId())) {
      return Result.of(Outcome.EMAIL_TAKEN, TokenPurpose.CHANGE_EMAIL);
    }

    String oldEmail = account.getEmail();
    account.changeEmail(token.getNewEmail(), now);
    token.use(now);

    LOG.info(() -> "Changed the email address of account " + account.getId());
    OutgoingMail notice = mails.emailChanged(account, oldEmail);
    return new Result(Outcome.EMAIL_CHANGED, TokenPurpose.CHANGE_EMAIL, notice);
  }
}
