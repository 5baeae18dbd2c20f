package jp.wlink.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Adds the browser protections to every response before anything is written. PrimeFaces sends a
 * second, nonce-based {@code Content-Security-Policy} on pages; a browser enforces both, so an
 * inline script runs only when it carries PrimeFaces' nonce. The redirect to the login page, which
 * no filter sees, gets the same headers from {@link #protect}.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private static final String RESOURCES = "/jakarta.faces.resource/";

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "img-src 'self' data:",
          "style-src 'self' 'unsafe-inline'",
          "script-src 'self' 'unsafe-inline'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  /** Header name to value; set, not added, so that a server default such as SAMEORIGIN goes. */
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "X-Frame-Options", "DENY",
          "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

  /** Adds the protections to a response that the filters never see. */
  static void protect(HttpServletResponse response) {
    HEADERS.forEach(response::setHeader);
    response.setHeader("Cache-Control", "no-store");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HEADERS.forEach(response::setHeader);
    if (!request.getServletPath().startsWith(RESOURCES)) {
      // Pages carry personal data: the back button after logout must not show them again.
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
