package jp.wlink.web.api.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the HTTP errors of the JAX-RS runtime (unknown path, wrong method, unreadable body, role
 * check) into problem details, keeping headers such as {@code Allow}.
 */
@Provider
public class HttpErrorMapper extends ProblemMapper<WebApplicationException> {
  private static final Logger LOG = Logger.getLogger(HttpErrorMapper.class.getName());

  @Context private SecurityContext securityContext;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    if (status < 400) {
      return original;
    }
    if (status >= 500) {
      LOG.log(Level.WARNING, "Answered " + requestPath() + " with " + status, exception);
    }

    ProblemType type =
        exception instanceof ForbiddenException
            ? ProblemType.forDeniedAccess(securityContext.getUserPrincipal() != null)
            : ProblemType.forStatus(status);
    if (type == ProblemType.UNAUTHORIZED) {
      status = type.status();
    }

    Response.ResponseBuilder answer = answer(type, status);
    original.getStringHeaders().forEach((name, values) -> keep(answer, name, values));
    return answer.build();
  }

  private static void keep(Response.ResponseBuilder answer, String name, Iterable<String> values) {
    if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
        || HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
      return;
    }
    values.forEach(value -> answer.header(name, value));
  }
}
