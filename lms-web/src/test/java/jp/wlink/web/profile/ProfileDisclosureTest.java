package jp.wlink.web.profile;

import static jp.wlink.web.profile.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.web.region.Prefecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProfileDisclosureTest {

  @ParameterizedTest
  @EnumSource(
      value = Viewer.class,
      names = {"ANONYMOUS", "MEMBER"})
  void neverShowsTheRealNameToOthersEvenWhenEverythingElseIsPublic(Viewer other) {
    MemberProfile profile = aProfile().showingAll(Visibility.PUBLIC).build();

    DisclosedProfile shown = ProfileDisclosure.disclose(profile, other);

    assertThat(shown.getRealName()).isNull();
    assertThat(shown.getPrefecture()).isEqualTo(Prefecture.SHIZUOKA);
  }

  @ParameterizedTest
  @EnumSource(
      value = Viewer.class,
      names = {"OWNER", "ADMIN"})
  void showsEverythingToTheOwnerAndAdministratorsEvenWhenPrivate(Viewer privileged) {
    MemberProfile profile = aProfile().showingAll(Visibility.ONLY_ME).build();

    DisclosedProfile shown = ProfileDisclosure.disclose(profile, privileged);

    assertThat(shown.getRealName()).isEqualTo("水野 学");
    assertThat(shown.getOrganisationName()).isEqualTo("みなと市水道局");
    assertThat(shown.getMembershipStatus()).isEqualTo(MembershipStatus.APPROVED);
    assertThat(shown.getAffiliation()).isEqualTo(AffiliationType.WATER_UTILITY);
    assertThat(shown.getJobType()).isEqualTo(JobType.WATER_TREATMENT);
    assertThat(shown.getPrefecture()).isEqualTo(Prefecture.SHIZUOKA);
    assertThat(shown.getYearsOfExperience()).isEqualTo(5);
    assertThat(shown.getCertifications()).containsExactly("水道技術管理者", "下水道技術検定");
    assertThat(shown.getInterests()).isEqualTo("浄水処理の自動化");
  }

  @Test
  void showsMembersOnlyPartsToMembersButNotToVisitors() {
    MemberProfile profile = aProfile().build();

    DisclosedProfile toMember = ProfileDisclosure.disclose(profile, Viewer.MEMBER);
    DisclosedProfile toVisitor = ProfileDisclosure.disclose(profile, Viewer.ANONYMOUS);

    assertThat(toMember.getJobType()).isEqualTo(JobType.WATER_TREATMENT);
    assertThat(toMember.getCertifications()).hasSize(2);
    assertThat(toMember.getOrganisationName()).isEqualTo("みなと市水道局");
    assertThat(toVisitor.isNothingShown()).isTrue();
    assertThat(toVisitor.getJobType()).isNull();
    assertThat(toVisitor.getCertifications()).isEmpty();
    assertThat(toVisitor.getOrganisationName()).isNull();
  }

  @Test
  void showsPublicPartsToVisitorsAndHidesTheRest() {
    MemberProfile profile =
        aProfile()
            .showing(ProfileField.PREFECTURE, Visibility.PUBLIC)
            .showing(ProfileField.YEARS_OF_EXPERIENCE, Visibility.PUBLIC)
            .build();

    DisclosedProfile shown = ProfileDisclosure.disclose(profile, Viewer.ANONYMOUS);

    assertThat(shown.getPrefecture()).isEqualTo(Prefecture.SHIZUOKA);
    assertThat(shown.getYearsOfExperience()).isEqualTo(5);
    assertThat(shown.getAffiliation()).isNull();
    assertThat(shown.getInterests()).isNull();
    assertThat(shown.isNothingShown()).isFalse();
  }

  @Test
  void hidesPrivatePartsFromOtherMembers() {
    MemberProfile profile =
        aProfile()
            .showing(ProfileField.YEARS_OF_EXPERIENCE, Visibility.ONLY_ME)
            .showing(ProfileField.CERTIFICATIONS, Visibility.ONLY_ME)
            .build();

    DisclosedProfile shown = ProfileDisclosure.disclose(profile, Viewer.MEMBER);

    assertThat(shown.getYearsOfExperience()).isNull();
    assertThat(shown.getCertifications()).isEmpty();
    assertThat(shown.getJobType()).isEqualTo(JobType.WATER_TREATMENT);
  }

  @ParameterizedTest
  @EnumSource(
      value = MembershipStatus.class,
      names = {"PENDING", "REJECTED"})
  void doesNotShowAnUndecidedOrRejectedClaimAsTheOrganisationToOthers(MembershipStatus status) {
    MemberProfile profile =
        aProfile()
            .claiming(ProfileBuilder.waterBureau(), status)
            .showingAll(Visibility.PUBLIC)
            .build();

    assertThat(ProfileDisclosure.disclose(profile, Viewer.MEMBER).getOrganisationName()).isNull();
    assertThat(ProfileDisclosure.disclose(profile, Viewer.ANONYMOUS).getOrganisationName())
        .isNull();
  }

  @Test
  void showsTheOwnerTheirPendingClaimWithItsStatus() {
    MemberProfile profile =
        aProfile().claiming(ProfileBuilder.waterBureau(), MembershipStatus.PENDING).build();

    DisclosedProfile shown = ProfileDisclosure.disclose(profile, Viewer.OWNER);

    assertThat(shown.getOrganisationName()).isEqualTo("みなと市水道局");
    assertThat(shown.getMembershipStatus()).isEqualTo(MembershipStatus.PENDING);
  }

  @Test
  void hidesAnApprovedOrganisationWhenItsVisibilitySaysSo() {
    MemberProfile profile =
        aProfile().showing(ProfileField.ORGANISATION, Visibility.ONLY_ME).build();

    DisclosedProfile shown = ProfileDisclosure.disclose(profile, Viewer.MEMBER);

    assertThat(shown.getOrganisationName()).isNull();
    assertThat(shown.getMembershipStatus()).isNull();
  }

  @Test
  void neverTellsOthersWhereAClaimStands() {
    MemberProfile profile = aProfile().showingAll(Visibility.PUBLIC).build();

    assertThat(ProfileDisclosure.disclose(profile, Viewer.MEMBER).getMembershipStatus()).isNull();
  }

  @Test
  void showsNothingOfAnEmptyProfile() {
    MemberProfile profile = aProfile().with(ProfileDetails.empty()).withoutOrganisation().build();

    assertThat(ProfileDisclosure.disclose(profile, Viewer.MEMBER).isNothingShown()).isTrue();
    assertThat(DisclosedProfile.nothing().isNothingShown()).isTrue();
  }

  @Test
  void treatsEveryPartAsMembersOnlyUntilTheOwnerChooses() {
    MemberProfile profile = aProfile().build();

    for (ProfileField field : ProfileField.values()) {
      assertThat(profile.visibilityOf(field)).isEqualTo(Visibility.MEMBERS);
    }
  }
}
