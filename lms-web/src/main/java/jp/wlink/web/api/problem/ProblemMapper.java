package jp.wlink.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;

/** What every exception mapper of the API shares: the caller's language and the request path. */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
  static final String PROBLEM_JSON = "application/problem+json";

  /** How the API asks for a login: through {@code POST /api/v1/session}, not a browser dialog. */
  static final String CHALLENGE = "Session realm=\"W/LINK\"";

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  Problems problems() {
    return Problems.in(language());
  }

  Response.ResponseBuilder answer(ProblemType type, int status, Object... arguments) {
    return answer(problems().describe(type, status, requestPath(), arguments));
  }

  Response.ResponseBuilder answer(ProblemType type, List<Problem.FieldError> errors) {
    return answer(problems().describe(type, type.status(), requestPath(), errors));
  }

  static Response.ResponseBuilder answer(Problem problem) {
    Response.ResponseBuilder answer =
        Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
    if (problem.status() == Response.Status.UNAUTHORIZED.getStatusCode()) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }
    return answer;
  }

  String requestPath() {
    return uriInfo.getRequestUri().getRawPath();
  }

  private Locale language() {
    return AcceptLanguage.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
