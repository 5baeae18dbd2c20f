package jp.wlink.web.account;

import java.util.Locale;

/** What an account may do. An account may hold several roles; every account holds at least one. */
public enum Role {
  STUDENT,
  STAFF,
  MENTOR,
  HOST,
  ORG_ADMIN,
  MODERATOR,
  ADMIN;

  /** Role names as Jakarta Security and {@code @RolesAllowed} see them. */
  public static final class Names {
    public static final String STUDENT = "student";
    public static final String STAFF = "staff";
    public static final String MENTOR = "mentor";
    public static final String HOST = "host";
    public static final String ORG_ADMIN = "org-admin";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private Names() {}
  }

  /** The group name used by Jakarta Security, e.g. {@code org-admin}. */
  public String groupName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Role fromGroupName(String groupName) {
    return valueOf(groupName.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
