package jp.wlink.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.security.LoginOutcome.Result;

/**
 * Logging in and out, the same way for the login page and the API: the lockout is checked first,
 * the session id is renewed before authenticating (so a planted id is worthless), and a success
 * adopts the account's language.
 */
@ApplicationScoped
public class Logins {
  private static final Logger LOG = Logger.getLogger(Logins.class.getName());

  @Inject private SecurityContext securityContext;
  @Inject private LoginThrottle throttle;
  @Inject private CurrentAccount currentAccount;
  @Inject private LocaleSelection localeSelection;
  @Inject private Clock clock;

  public LoginOutcome attempt(
      HttpServletRequest request, HttpServletResponse response, String email, String password) {
    Instant now = clock.instant();
    String address = request.getRemoteAddr();
    Optional<Instant> locked = throttle.lockedUntil(email, address);
    if (locked.isPresent()) {
      return new LoginOutcome(Result.LOCKED, locked, now);
    }

    authenticate(request, response, email, password);
    if (securityContext.getCallerPrincipal() == null) {
      throttle.recordFailure(email, address);
      return new LoginOutcome(Result.FAILED, Optional.empty(), now);
    }

    throttle.recordSuccess(email);
    currentAccount
        .account()
        .ifPresent(account -> localeSelection.adopt(account.getLocale(), response));
    LOG.info(() -> "Account " + currentAccount.id().orElse(null) + " logged in");
    return new LoginOutcome(Result.SUCCEEDED, Optional.empty(), now);
  }

  /** Ends the login and the whole session; safe to call when nobody is logged in. */
  public static void end(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.log(Level.WARNING, "Logout failed; invalidating the session anyway", e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** Renews the session id first, so that an id planted before the login is worthless. */
  private void authenticate(
      HttpServletRequest request, HttpServletResponse response, String email, String password) {
    request.getSession(true);
    request.changeSessionId();
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(email, new Password(password));
    try {
      securityContext.authenticate(
          request,
          response,
          AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
    } finally {
      credential.getPassword().clear();
    }
  }
}
