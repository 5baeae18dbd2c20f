package jp.wlink.web.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.Map;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.region.Prefecture;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

class MemberProfilePersistenceIT {
  private final TestDatabase db = TestDatabase.get();

  @Test
  void storesAProfileWithItsVisibilityPerField() {
    Account account = db.inTransaction(em -> TestRecords.account(em, Role.STAFF));
    Organisation bureau = db.inTransaction(em -> TestRecords.organisation(em, "水道局"));
    Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);
    visibility.put(ProfileField.PREFECTURE, Visibility.PUBLIC);
    visibility.put(ProfileField.YEARS_OF_EXPERIENCE, Visibility.ONLY_ME);

    save(account, new ProfileChange(details(12), bureau.getId(), visibility, null));

    MemberProfile found = db.entityManager().find(MemberProfile.class, account.getId());
    assertThat(found.getRealName()).isEqualTo("髙橋 花子");
    assertThat(found.getPrefecture()).isEqualTo(Prefecture.OKINAWA);
    assertThat(found.getJobType()).isEqualTo(JobType.PIPE_NETWORK);
    assertThat(found.getCertificationList()).containsExactly("水道技術管理者", "下水道技術検定");
    assertThat(found.getOrganisation().getId()).isEqualTo(bureau.getId());
    assertThat(found.getMembershipStatus()).isEqualTo(MembershipStatus.PENDING);
    assertThat(found.visibilityOf(ProfileField.PREFECTURE)).isEqualTo(Visibility.PUBLIC);
    assertThat(found.visibilityOf(ProfileField.YEARS_OF_EXPERIENCE)).isEqualTo(Visibility.ONLY_ME);
    assertThat(found.visibilityOf(ProfileField.INTERESTS)).isEqualTo(Visibility.MEMBERS);
    assertThat(found.getAccount().getHandle()).isEqualTo(account.getHandle());
  }

  @Test
  void makesEverySaveANewVersionEvenWhenOnlyAVisibilityChanged() {
    Account account = db.inTransaction(em -> TestRecords.account(em, Role.STAFF));
    MemberProfile first = save(account, new ProfileChange(details(3), null, Map.of(), null));

    MemberProfile second =
        save(
            account,
            new ProfileChange(
                details(3),
                null,
                Map.of(ProfileField.INTERESTS, Visibility.PUBLIC),
                first.getVersion()));

    MemberProfile found = db.entityManager().find(MemberProfile.class, account.getId());
    assertThat(second.getVersion()).isEqualTo(first.getVersion() + 1);
    assertThat(found.getVersion()).isEqualTo(second.getVersion());
    assertThat(found.visibilityOf(ProfileField.INTERESTS)).isEqualTo(Visibility.PUBLIC);
  }

  @Test
  void refusesASaveStartedFromAnOlderVersion() {
    Account account = db.inTransaction(em -> TestRecords.account(em, Role.STAFF));
    MemberProfile first = save(account, new ProfileChange(details(3), null, Map.of(), null));
    save(account, new ProfileChange(details(4), null, Map.of(), first.getVersion()));

    ProfileChange stale = new ProfileChange(details(5), null, Map.of(), first.getVersion());

    assertThatThrownBy(() -> save(account, stale)).isInstanceOf(ProfileChangedElsewhere.class);
    MemberProfile found = db.entityManager().find(MemberProfile.class, account.getId());
    assertThat(found.getYearsOfExperience()).isEqualTo(4);
  }

  @Test
  void refusesToCreateAProfileThatAnotherWindowCreatedFirst() {
    Account account = db.inTransaction(em -> TestRecords.account(em, Role.STAFF));
    save(account, new ProfileChange(details(3), null, Map.of(), null));

    ProfileChange alsoNew = new ProfileChange(details(9), null, Map.of(), null);

    assertThatThrownBy(() -> save(account, alsoNew)).isInstanceOf(ProfileChangedElsewhere.class);
  }

  @Test
  void startsANewClaimWhenTheMemberNamesAnotherOrganisation() {
    Account account = db.inTransaction(em -> TestRecords.account(em, Role.STAFF));
    Organisation first = db.inTransaction(em -> TestRecords.organisation(em, "一"));
    Organisation second = db.inTransaction(em -> TestRecords.organisation(em, "二"));
    MemberProfile saved =
        save(account, new ProfileChange(details(3), first.getId(), Map.of(), null));
    db.run(em -> em.find(MemberProfile.class, account.getId()).approveMembership());

    save(account, new ProfileChange(details(3), second.getId(), Map.of(), saved.getVersion() + 1));

    MemberProfile found = db.entityManager().find(MemberProfile.class, account.getId());
    assertThat(found.getOrganisation().getId()).isEqualTo(second.getId());
    assertThat(found.getMembershipStatus()).isEqualTo(MembershipStatus.PENDING);
  }

  private MemberProfile save(Account account, ProfileChange change) {
    return db.inTransaction(
        (EntityManager em) -> new MemberProfiles(em).save(account.getId(), change));
  }

  private static ProfileDetails details(int years) {
    return new ProfileDetails(
        "髙橋 花子",
        AffiliationType.WATER_UTILITY,
        JobType.PIPE_NETWORK,
        Prefecture.OKINAWA,
        years,
        "水道技術管理者\r\n下水道技術検定",
        "管路の耐震化");
  }
}
