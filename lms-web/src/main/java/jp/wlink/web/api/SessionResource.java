package jp.wlink.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import jp.wlink.web.security.LoginOutcome;
import jp.wlink.web.security.Logins;
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
  @Inject private Logins logins;

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
    LoginOutcome outcome =
        logins.attempt(request, response, credentials.getEmail(), credentials.getPassword());

    return switch (outcome.result()) {
      case SUCCEEDED -> Response.noContent().build();
      case LOCKED ->
          throw new ProblemException(ProblemType.LOGIN_LOCKED, outcome.minutesLeft())
              .withHeader("Retry-After", String.valueOf(outcome.secondsLeft()));
      case FAILED -> throw new ProblemException(ProblemType.LOGIN_FAILED);
    };
  }

  @DELETE
  @Operation(summary = "Log out and end the session")
  @APIResponse(responseCode = "204", description = "Logged out, or was not logged in")
  public Response logOut() {
    Logins.end(request);
    return Response.noContent().build();
  }
}
