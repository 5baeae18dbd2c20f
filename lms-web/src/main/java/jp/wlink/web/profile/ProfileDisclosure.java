package jp.wlink.web.profile;

import java.util.Objects;
import jp.wlink.web.organisation.Organisation;

/**
 * Decides what of a profile a viewer may see. The owner and administrators see everything. Others
 * see a part only when its visibility lets them; they never see the real name, and they see the
 * organisation only once an organisation admin has approved the claim, so nobody can borrow a
 * utility's name by just picking it.
 */
public final class ProfileDisclosure {
  private ProfileDisclosure() {}

  public static DisclosedProfile disclose(MemberProfile profile, Viewer viewer) {
    Objects.requireNonNull(profile);
    Objects.requireNonNull(viewer);
    if (viewer.seesEverything()) {
      return everything(profile);
    }

    ProfileDetails details = profile.details();
    ProfileDetails shown =
        new ProfileDetails(
            null,
            part(profile, viewer, ProfileField.AFFILIATION, details.affiliation()),
            part(profile, viewer, ProfileField.JOB_TYPE, details.jobType()),
            part(profile, viewer, ProfileField.PREFECTURE, details.prefecture()),
            part(profile, viewer, ProfileField.YEARS_OF_EXPERIENCE, details.yearsOfExperience()),
            part(profile, viewer, ProfileField.CERTIFICATIONS, details.certifications()),
            part(profile, viewer, ProfileField.INTERESTS, details.interests()));
    return new DisclosedProfile(
        null, approvedOrganisation(profile, viewer), null, shown, shown.certificationList());
  }

  private static DisclosedProfile everything(MemberProfile profile) {
    ProfileDetails details = profile.details();
    Organisation organisation = profile.getOrganisation();
    return new DisclosedProfile(
        details.realName(),
        organisation == null ? null : organisation.getName(),
        profile.getMembershipStatus(),
        details,
        details.certificationList());
  }

  private static String approvedOrganisation(MemberProfile profile, Viewer viewer) {
    Organisation organisation = profile.getOrganisation();
    boolean approved = profile.getMembershipStatus() == MembershipStatus.APPROVED;
    if (organisation == null || !approved) {
      return null;
    }
    return part(profile, viewer, ProfileField.ORGANISATION, organisation.getName());
  }

  private static <T> T part(MemberProfile profile, Viewer viewer, ProfileField field, T value) {
    return viewer.sees(profile.visibilityOf(field)) ? value : null;
  }
}
