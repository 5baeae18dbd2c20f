package jp.wlink.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.account.Role;

/** The account of the person making this request, if they are logged in. */
@Named
@RequestScoped
public class CurrentAccount {
  @Inject private SecurityContext securityContext;
  @Inject private Accounts accounts;

  private Optional<Account> account;

  public Optional<Long> id() {
    Principal caller = securityContext.getCallerPrincipal();
    if (caller == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.valueOf(caller.getName()));
    } catch (NumberFormatException notAnAccount) {
      return Optional.empty();
    }
  }

  public Optional<Account> account() {
    if (account == null) {
      account = id().flatMap(accounts::find);
    }
    return account;
  }

  /** The logged-in account; only for pages and endpoints that require a login. */
  public Account required() {
    return account().orElseThrow(() -> new IllegalStateException("No one is logged in"));
  }

  public boolean isLoggedIn() {
    return id().isPresent();
  }

  /** For pages meant for visitors (login, sign-up): a member is sent to My page instead. */
  public String dashboardIfLoggedIn() {
    return isLoggedIn() ? "/dashboard?faces-redirect=true" : null;
  }

  public String getHandle() {
    return account().map(Account::getHandle).orElse("");
  }

  public boolean isAdmin() {
    return securityContext.isCallerInRole(Role.Names.ADMIN);
  }

  public boolean isOrgAdmin() {
    return securityContext.isCallerInRole(Role.Names.ORG_ADMIN) || isAdmin();
  }

  public boolean isModerator() {
    return securityContext.isCallerInRole(Role.Names.MODERATOR);
  }
}
