package jp.wlink.web.profile;

import static jp.wlink.web.profile.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class MemberProfileTest {

  @Test
  void startsANewPendingClaimWhenAnotherOrganisationIsChosen() {
    MemberProfile profile = aProfile().build();
    Organisation company =
        new Organisation("しずく環境", OrganisationKind.COMPANY, null, ProfileBuilder.NOW);

    boolean changed = profile.claim(company);

    assertThat(changed).isTrue();
    assertThat(profile.getOrganisation()).isSameAs(company);
    assertThat(profile.getMembershipStatus()).isEqualTo(MembershipStatus.PENDING);
  }

  @Test
  void keepsADecidedClaimWhenTheSameOrganisationIsSavedAgain() {
    Organisation bureau = ProfileBuilder.waterBureau();
    MemberProfile profile = aProfile().claiming(bureau, MembershipStatus.REJECTED).build();

    boolean changed = profile.claim(bureau);

    assertThat(changed).isFalse();
    assertThat(profile.getMembershipStatus()).isEqualTo(MembershipStatus.REJECTED);
  }

  @Test
  void dropsTheClaimWhenNoOrganisationIsChosen() {
    MemberProfile profile = aProfile().build();

    assertThat(profile.claim(null)).isTrue();
    assertThat(profile.getOrganisation()).isNull();
    assertThat(profile.getMembershipStatus()).isNull();
  }

  @Test
  void decidesOnlyAPendingClaim() {
    MemberProfile approved = aProfile().build();

    assertThatThrownBy(approved::rejectMembership).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesDetailsThatBreakALimit() {
    MemberProfile profile = aProfile().build();
    ProfileDetails tooMuch = new ProfileDetails(null, null, null, null, 61, null, null);

    assertThatThrownBy(() -> profile.update(tooMuch)).isInstanceOf(IllegalArgumentException.class);
    assertThat(profile.getYearsOfExperience()).isEqualTo(5);
  }
}
