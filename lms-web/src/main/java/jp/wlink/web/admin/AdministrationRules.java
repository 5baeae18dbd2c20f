package jp.wlink.web.admin;

import java.util.Objects;
import java.util.Set;
import jp.wlink.web.account.Role;

/**
 * The rules an administrator's changes to accounts obey, free of the database so that they can be
 * checked alone: every account keeps at least one role, and no administrator can take away their
 * own admin role or disable their own account, so W/LINK always keeps a way in.
 */
public final class AdministrationRules {
  private AdministrationRules() {}

  public static AdminOutcome mayGrant(Set<Role> held, Role role) {
    return held.contains(Objects.requireNonNull(role)) ? AdminOutcome.UNCHANGED : AdminOutcome.DONE;
  }

  public static AdminOutcome mayRevoke(long actorId, long targetId, Set<Role> held, Role role) {
    if (!held.contains(Objects.requireNonNull(role))) {
      return AdminOutcome.UNCHANGED;
    }
    if (actorId == targetId && role == Role.ADMIN) {
      return AdminOutcome.OWN_ADMIN_ROLE;
    }
    if (held.size() == 1) {
      return AdminOutcome.LAST_ROLE;
    }
    return AdminOutcome.DONE;
  }

  public static AdminOutcome mayDisable(long actorId, long targetId, boolean alreadyDisabled) {
    if (alreadyDisabled) {
      return AdminOutcome.UNCHANGED;
    }
    return actorId == targetId ? AdminOutcome.OWN_ACCOUNT : AdminOutcome.DONE;
  }
}
