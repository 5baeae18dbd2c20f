package jp.wlink.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.account.Role;

/**
 * Ends a login as soon as the account behind it is disabled or its roles change, instead of at the
 * end of the session: an administrator's decision takes effect on the member's next click.
 */
@WebFilter(filterName = "accountStanding", urlPatterns = "/*", asyncSupported = true)
public class AccountStandingFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AccountStandingFilter.class.getName());
  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject private transient Accounts accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (caller == null || request.getServletPath().startsWith(RESOURCES)) {
      chain.doFilter(request, response);
      return;
    }

    Optional<String> change = changeSinceLogin(request, caller);
    if (change.isPresent()) {
      Logins.end(request);
      LOG.info(() -> "Ended the login of account " + caller.getName() + ": " + change.get());
      if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** What changed in the account since the login, or nothing when it is in good standing. */
  private Optional<String> changeSinceLogin(HttpServletRequest request, Principal caller) {
    Optional<Account> account = accountOf(caller);
    if (account.isEmpty() || !account.get().canLogIn()) {
      return Optional.of("the account is gone or may no longer log in");
    }
    for (Role role : Role.values()) {
      boolean held = account.get().holds(role);
      if (held != request.isUserInRole(role.groupName())) {
        return Optional.of("role " + role + (held ? " was granted" : " was taken away"));
      }
    }
    return Optional.empty();
  }

  private Optional<Account> accountOf(Principal caller) {
    try {
      return accounts.find(Long.parseLong(caller.getName()));
    } catch (NumberFormatException notAnAccount) {
      return Optional.empty();
    }
  }
}
