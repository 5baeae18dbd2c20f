package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.mail.OutgoingMail;
import jp.wlink.web.security.PasswordHasher;

/**
 * A logged-in person asking to log in with another address. Nothing changes yet: a link goes to the
 * new address, and {@link EmailConfirmation} makes the change when it is opened, so that an account
 * can never end up on an address its holder cannot read.
 */
@ApplicationScoped
@Transactional
public class EmailChange {
  private static final Logger LOG = Logger.getLogger(EmailChange.class.getName());

  @Inject private Accounts accounts;
  @Inject private AccountTokens tokens;
  @Inject private AccountMails mails;
  @Inject private PasswordHasher hasher;

  /** Checks the request and returns the confirmation mail for the new address. */
  public OutgoingMail request(long accountId, String newEmail, String currentPassword)
      throws AccountRequestRefused {
    Account account = accounts.find(accountId).orElseThrow();
    if (!hasher.matches(currentPassword.toCharArray(), account.getPasswordHash())) {
      throw new AccountRequestRefused(
          Refusal.of(FormField.CURRENT_PASSWORD, "settings.currentPassword.wrong"));
    }
    Optional<String> badAddress = refusalOfAddress(account, newEmail);
    if (badAddress.isPresent()) {
      throw new AccountRequestRefused(Refusal.of(FormField.NEW_EMAIL, badAddress.get()));
    }

    String address = Account.normaliseEmail(newEmail);
    TokenSecret secret = tokens.issueChangeOfEmail(account, address);

    LOG.info(() -> "Issued a change-of-email link for account " + accountId);
    return mails.changeOfEmail(account, address, secret);
  }

  private Optional<String> refusalOfAddress(Account account, String newEmail) {
    if (!EmailRule.accepts(newEmail)) {
      return Optional.of("settings.email.invalid");
    }
    if (Account.normaliseEmail(newEmail).equals(account.getEmail())) {
      return Optional.of("settings.email.same");
    }
    if (accounts.findByEmail(newEmail).isPresent()) {
      return Optional.of("settings.email.taken");
    }
    return Optional.empty();
  }
}
