package jp.wlink.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, version 1. Resources and providers are found by scanning; the one runtime feature
 * W/LINK needs from Jersey, enforcing {@code @RolesAllowed} on resources, is switched on by name so
 * that the code does not depend on Jersey.
 */
@ApplicationPath(RestApplication.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "W/LINK API",
            version = "1",
            description =
                "JSON API of W/LINK. Errors are RFC 9457 problem details; updates that can race"
                    + " need If-Match with the ETag last read."))
public class RestApplication extends Application {
  public static final String PATH = "/api/v1";
  static final String PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";
  static final String ROLES_ALLOWED_FEATURE =
      "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(PROVIDER_CLASSNAMES, ROLES_ALLOWED_FEATURE);
  }
}
