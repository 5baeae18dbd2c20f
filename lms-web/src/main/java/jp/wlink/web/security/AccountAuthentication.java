package jp.wlink.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Accounts;

/**
 * How W/LINK knows who is calling. A login keeps nothing in the session but the account id; every
 * later request loads that account and tells the container its current roles. So roles never depend
 * on what a session (or another instance of the cluster) remembers, an administrator's change
 * applies on the member's next click, and a disabled account's login ends there.
 *
 * <p>A protected page reached while logged out leads to the login page ({@link LoginDetour}); API
 * paths are public to the container and answer 401 themselves, never with a redirect.
 */
@ApplicationScoped
public class AccountAuthentication implements HttpAuthenticationMechanism {
  /** The session attribute holding the logged-in account's id, a {@link Long}. */
  static final String ACCOUNT_ID = AccountAuthentication.class.getName() + ".accountId";

  private static final Logger LOG = Logger.getLogger(AccountAuthentication.class.getName());
  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private Accounts accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()) {
      return logIn(request, context);
    }
    if (request.getServletPath().startsWith(RESOURCES)) {
      return context.doNothing();
    }

    Optional<Account> account = loggedInAccount(request);
    if (account.isPresent()) {
      return context.notifyContainerAboutLogin(
          String.valueOf(account.get().getId()), AccountIdentityStore.groupsOf(account.get()));
    }
    if (context.isProtected() && !LoginDetour.isApi(request)) {
      return LoginDetour.toLoginPage(request, response, context);
    }
    return context.doNothing();
  }

  /** Forgets the login when {@code request.logout()} is called; the caller ends the session. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    forget(request.getSession(false));
    context.cleanClientSubject();
  }

  /**
   * Checks the credential that {@link Logins} passed; the session id is already renewed. A failed
   * attempt also forgets any earlier login of this session.
   */
  private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context) {
    forget(request.getSession(false));
    Credential credential = context.getAuthParameters().getCredential();
    CredentialValidationResult result =
        credential == null
            ? CredentialValidationResult.NOT_VALIDATED_RESULT
            : identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }

    String accountId = result.getCallerPrincipal().getName();
    request.getSession().setAttribute(ACCOUNT_ID, Long.valueOf(accountId));
    return context.notifyContainerAboutLogin(accountId, result.getCallerGroups());
  }

  /** The account this session logged in as, if it may still log in; otherwise the login ends. */
  private Optional<Account> loggedInAccount(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ACCOUNT_ID) instanceof Long accountId)) {
      return Optional.empty();
    }

    Optional<Account> account = accounts.find(accountId);
    if (account.isPresent() && account.get().canLogIn()) {
      return account;
    }

    end(session);
    LOG.info(() -> "Ended the login of account " + accountId + ": it may no longer log in");
    return Optional.empty();
  }

  private static void end(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException endedByAnotherRequest) {
      LOG.fine("The session had already ended");
    }
  }

  private static void forget(HttpSession session) {
    if (session != null) {
      session.removeAttribute(ACCOUNT_ID);
    }
  }
}
