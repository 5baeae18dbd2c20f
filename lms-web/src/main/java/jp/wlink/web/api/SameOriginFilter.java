package jp.wlink.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.logging.Logger;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses unsafe API requests that another site may have made a browser send (see the package
 * description). The request's own origin is trusted, and so is {@code wlink.base-url}, the address
 * people use when W/LINK runs behind a proxy that terminates TLS.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SameOriginFilter implements ContainerRequestFilter {
  private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
  private static final String REFERER = "Referer";
  private static final String ORIGIN = "Origin";

  private final URI baseUrl =
      URI.create(
          ConfigProvider.getConfig()
              .getOptionalValue("wlink.base-url", String.class)
              .orElse("http://localhost:8080"));

  @Override
  public void filter(ContainerRequestContext request) {
    URI requested = request.getUriInfo().getRequestUri();
    OriginCheck check = OriginCheck.trusting(List.of(requested, baseUrl));
    boolean allowed =
        check.allows(
            request.getMethod(),
            request.getHeaderString(ORIGIN),
            request.getHeaderString(REFERER),
            request.getHeaderString(OriginCheck.REQUESTED_WITH));
    if (!allowed) {
      LOG.warning(
          () -> "Refused a cross-origin " + request.getMethod() + " to " + requested.getPath());
      throw new ProblemException(ProblemType.CROSS_ORIGIN);
    }
  }
}
