package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.mail.OutgoingMail;
import jp.wlink.web.security.PasswordHasher;

/**
 * Registration of a student or a young staff member. The account starts PENDING and can log in only
 * once the link in the verification mail has been opened. The mail is returned, not sent, so that
 * the caller sends it after the account is committed and a mail failure cannot undo it.
 */
@ApplicationScoped
@Transactional
public class Registration {
  /** The roles a person may choose themselves; administrators grant all the others. */
  public static final List<Role> SELF_SERVICE_ROLES = List.of(Role.STUDENT, Role.STAFF);

  private static final Logger LOG = Logger.getLogger(Registration.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Accounts accounts;
  @Inject private AccountTokens tokens;
  @Inject private AccountMails mails;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  private final PasswordPolicy passwordPolicy = new PasswordPolicy();

  /** Creates the pending account and returns its verification mail. */
  public OutgoingMail register(NewAccount request) throws AccountRequestRefused {
    if (!SELF_SERVICE_ROLES.contains(request.role())) {
      throw new IllegalArgumentException("Role " + request.role() + " is granted, not chosen");
    }
    String handle = HandleRule.normalise(request.handle());
    refuseInvalid(request, handle);

    String hash = hasher.hash(request.password().toCharArray());
    Account account = new Account(request.email(), handle, hash, request.role(), clock.instant());
    account.setLocale(request.locale());
    em.persist(account);
    em.flush();
    TokenSecret secret = tokens.issue(account, TokenPurpose.VERIFY_EMAIL);

    LOG.info(() -> "Registered account " + account.getId() + " as " + request.role());
    return mails.verification(account, secret);
  }

  /**
   * A fresh verification mail for a registered, unverified address; empty for any other address,
   * which the caller must not reveal.
   */
  public Optional<OutgoingMail> resend(String email) {
    return accounts
        .findByEmail(email)
        .filter(account -> account.getStatus() == AccountStatus.PENDING)
        .map(this::newVerificationMail);
  }

  private OutgoingMail newVerificationMail(Account account) {
    TokenSecret secret = tokens.issue(account, TokenPurpose.VERIFY_EMAIL);

    LOG.info(() -> "Issued a new verification link for account " + account.getId());
    return mails.verification(account, secret);
  }

  // LIMITATION: two registrations racing for one address or handle pass these checks together;
  // the unique constraints then stop the second, which sees the general error page.
  private void refuseInvalid(NewAccount request, String handle) throws AccountRequestRefused {
    List<Refusal> refusals = new ArrayList<>();
    if (!EmailRule.accepts(request.email())) {
      refusals.add(Refusal.of(FormField.EMAIL, "register.email.invalid"));
    } else if (accounts.findByEmail(request.email()).isPresent()) {
      refusals.add(Refusal.of(FormField.EMAIL, "register.email.taken"));
    }

    Optional<String> badHandle = HandleRule.refusalOf(handle);
    if (badHandle.isPresent()) {
      refusals.add(Refusal.of(FormField.HANDLE, badHandle.get()));
    } else if (accounts.handleTaken(handle)) {
      refusals.add(Refusal.of(FormField.HANDLE, "register.handle.taken"));
    }

    passwordPolicy
        .check(request.password(), request.email(), handle)
        .ifPresent(reason -> refusals.add(Refusal.of(FormField.PASSWORD, reason)));
    if (!refusals.isEmpty()) {
      throw new AccountRequestRefused(refusals);
    }
  }
}
