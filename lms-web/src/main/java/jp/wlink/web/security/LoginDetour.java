package jp.wlink.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The way through the login page for someone who asked for a protected page while logged out: the
 * page is remembered in the session, the login page opens, and after the login the page asked for
 * opens instead of My page. Only a path on this site is remembered, so the detour cannot be turned
 * into a redirect to another host.
 */
final class LoginDetour {
  private static final String LOGIN_PAGE = "/login.xhtml";
  private static final String ASKED_FOR = LoginDetour.class.getName() + ".askedFor";
  private static final String API = "/api/";

  private LoginDetour() {}

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API);
  }

  static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    pageAskedFor(request).ifPresent(page -> request.getSession().setAttribute(ASKED_FOR, page));
    SecurityHeadersFilter.protect(response);
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  /** The page asked for before this login, given once; later logins open My page again. */
  static Optional<String> takePageAskedFor(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ASKED_FOR) instanceof String page)) {
      return Optional.empty();
    }
    session.removeAttribute(ASKED_FOR);
    return Optional.of(page);
  }

  private static Optional<String> pageAskedFor(HttpServletRequest request) {
    return pageToRemember(request.getMethod(), request.getRequestURI(), request.getQueryString());
  }

  /**
   * The path with its query for a GET, only the path (the page itself) for a form post, and nothing
   * for a path that a browser would read as another host: {@code //evil.example}, and backslashes
   * or control characters that browsers turn into or drop around slashes.
   */
  static Optional<String> pageToRemember(String method, String path, String query) {
    boolean hostLike = path.startsWith("//") || path.chars().anyMatch(c -> c == '\\' || c < ' ');
    if (!path.startsWith("/") || hostLike) {
      return Optional.empty();
    }
    boolean get = "GET".equals(method);
    return Optional.of(get && query != null ? path + "?" + query : path);
  }
}
