package jp.wlink.web.api;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import jp.wlink.web.i18n.LocaleSelection;
import jp.wlink.web.security.CurrentAccount;
import jp.wlink.web.security.LoginThrottle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Logging in and out through the API. A login goes through the same identity store, lockout and
 * session renewal as the login page, and leaves a session cookie that later calls carry.
 */
@Path("session")
@RequestScoped
@Tag(name = "session", description = "Log in and out")
public class SessionResource {
  private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

  @Inject private SecurityContext securityContext;
  @Inject private LoginThrottle throttle;
  @Inject private CurrentAccount currentAccount;
  @Inject private LocaleSelection localeSelection;
  @Inject private Clock clock;

  @Context private HttpServletRequest request;
  @Context private HttpServletResponse response;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Log in with email and password; the session cookie carries the login")
  @APIResponse(responseCode = "204", description = "Logged in")
  @APIResponse(responseCode = "400", description = "Email or password missing")
  @APIResponse(responseCode = "401", description = "Wrong email or password")
  @APIResponse(responseCode = "429", description = "Too many failures; see Retry-After")
  public Response logIn(@Valid Credentials credentials) {
    if (credentials == null) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    String address = request.getRemoteAddr();
    throttle.lockedUntil(credentials.getEmail(), address).ifPresent(this::refuseLocked);

    if (!authenticated(credentials)) {
      throttle.recordFailure(credentials.getEmail(), address);
      throw new ProblemException(ProblemType.LOGIN_FAILED);
    }

    throttle.recordSuccess(credentials.getEmail());
    currentAccount.account().ifPresent(account -> localeSelection.adopt(account.getLocale()));
    LOG.info(() -> "Account " + currentAccount.id().orElse(null) + " logged in through the API");
    return Response.noContent().build();
  }

  @DELETE
  @Operation(summary = "Log out and end the session")
  @APIResponse(responseCode = "204", description = "Logged out, or was not logged in")
  public Response logOut() {
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.log(Level.WARNING, "Logout failed; invalidating the session anyway", e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Response.noContent().build();
  }

  /** Renews the session id first, so that a session id planted before the login is worthless. */
  private boolean authenticated(Credentials credentials) {
    request.getSession(true);
    request.changeSessionId();
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(
            credentials.getEmail(), new Password(credentials.getPassword()));
    AuthenticationStatus status =
        securityContext.authenticate(
            request, response, withParams().newAuthentication(true).credential(credential));
    return status == AuthenticationStatus.SUCCESS && securityContext.getCallerPrincipal() != null;
  }

  private void refuseLocked(Instant lockedUntil) {
    Duration left = Duration.between(clock.instant(), lockedUntil);
    long minutes = Math.max(1, left.toMinutes() + 1);
    long seconds = Math.max(1, left.toSeconds() + 1);
    throw new ProblemException(ProblemType.LOGIN_LOCKED, minutes)
        .withHeader("Retry-After", String.valueOf(seconds));
  }
}
