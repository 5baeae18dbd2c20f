package jp.wlink.web.profile;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.region.Prefecture;

/** Builds profiles for unit tests: a complete profile by default, changed only where it matters. */
final class ProfileBuilder {
  static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  private ProfileDetails details =
      new ProfileDetails(
          "水野 学",
          AffiliationType.WATER_UTILITY,
          JobType.WATER_TREATMENT,
          Prefecture.SHIZUOKA,
          5,
          "水道技術管理者\n下水道技術検定",
          "浄水処理の自動化");
  private Organisation organisation = waterBureau();
  private MembershipStatus decision = MembershipStatus.APPROVED;
  private final Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);

  static ProfileBuilder aProfile() {
    return new ProfileBuilder();
  }

  static Organisation waterBureau() {
    return new Organisation("みなと市水道局", OrganisationKind.WATER_UTILITY, Prefecture.SHIZUOKA, NOW);
  }

  ProfileBuilder with(ProfileDetails details) {
    this.details = details;
    return this;
  }

  ProfileBuilder claiming(Organisation organisation, MembershipStatus decision) {
    this.organisation = organisation;
    this.decision = decision;
    return this;
  }

  ProfileBuilder withoutOrganisation() {
    return claiming(null, null);
  }

  ProfileBuilder showing(ProfileField field, Visibility chosen) {
    visibility.put(field, chosen);
    return this;
  }

  /** Every part visible as given, the real name aside (it has no visibility). */
  ProfileBuilder showingAll(Visibility chosen) {
    for (ProfileField field : ProfileField.values()) {
      visibility.put(field, chosen);
    }
    return this;
  }

  MemberProfile build() {
    MemberProfile profile =
        new MemberProfile(new Account("taro@example.jp", "taro", "hash", Role.STAFF, NOW));
    profile.update(details);
    profile.claim(organisation);
    if (decision == MembershipStatus.APPROVED) {
      profile.approveMembership();
    } else if (decision == MembershipStatus.REJECTED) {
      profile.rejectMembership();
    }
    visibility.forEach(profile::show);
    return profile;
  }
}
