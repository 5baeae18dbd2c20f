package jp.wlink.web.profile;

import java.util.List;
import jp.wlink.web.region.Prefecture;

/**
 * The parts of one profile a particular viewer may see; a part they may not see is absent (null or
 * empty), so a page cannot show it by mistake. Built only by {@link ProfileDisclosure}.
 */
public final class DisclosedProfile {
  private static final DisclosedProfile NOTHING =
      new DisclosedProfile(null, null, null, ProfileDetails.empty(), List.of());

  private final String realName;
  private final String organisationName;
  private final MembershipStatus membershipStatus;
  private final ProfileDetails shown;
  private final List<String> certifications;

  DisclosedProfile(
      String realName,
      String organisationName,
      MembershipStatus membershipStatus,
      ProfileDetails shown,
      List<String> certifications) {
    this.realName = realName;
    this.organisationName = organisationName;
    this.membershipStatus = membershipStatus;
    this.shown = shown;
    this.certifications = List.copyOf(certifications);
  }

  /** What anyone sees of a member who has not filled in a profile. */
  public static DisclosedProfile nothing() {
    return NOTHING;
  }

  public String getRealName() {
    return realName;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  /** The state of the organisation claim; only the owner and administrators see it. */
  public MembershipStatus getMembershipStatus() {
    return membershipStatus;
  }

  public AffiliationType getAffiliation() {
    return shown.affiliation();
  }

  public JobType getJobType() {
    return shown.jobType();
  }

  public Prefecture getPrefecture() {
    return shown.prefecture();
  }

  public Integer getYearsOfExperience() {
    return shown.yearsOfExperience();
  }

  public List<String> getCertifications() {
    return certifications;
  }

  public String getInterests() {
    return shown.interests();
  }

  /** Whether anything at all is shown, so a page can say so instead of an empty list. */
  public boolean isNothingShown() {
    return realName == null
        && organisationName == null
        && shown.equals(ProfileDetails.empty())
        && certifications.isEmpty();
  }
}
