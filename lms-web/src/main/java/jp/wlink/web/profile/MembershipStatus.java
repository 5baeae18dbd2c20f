package jp.wlink.web.profile;

/**
 * Where a member's claim to belong to an organisation stands. Only an approved claim is shown to
 * other members as the member's organisation.
 */
public enum MembershipStatus {
  PENDING,
  APPROVED,
  REJECTED;

  public String getMessageKey() {
    return "profile.membership." + name();
  }
}
