package jp.wlink.web.admin;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.account.Role;

/** One account as the administration pages list it; a copy, so that pages can keep it. */
public final class AccountRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final String handle;
  private final String email;
  private final AccountStatus status;
  private final EnumSet<Role> roles;

  public AccountRow(Account account) {
    this.id = account.getId();
    this.handle = account.getHandle();
    this.email = account.getEmail();
    this.status = account.getStatus();
    this.roles = EnumSet.noneOf(Role.class);
    this.roles.addAll(account.getRoles());
  }

  public long getId() {
    return id;
  }

  public String getHandle() {
    return handle;
  }

  public String getEmail() {
    return email;
  }

  public AccountStatus getStatus() {
    return status;
  }

  /** The roles in the order of {@link Role}, so that every row lists them alike. */
  public List<Role> getRoles() {
    return List.copyOf(roles);
  }

  public boolean holds(Role role) {
    return roles.contains(role);
  }

  public boolean isDisabled() {
    return status == AccountStatus.DISABLED;
  }
}
