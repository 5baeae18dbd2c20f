package jp.wlink.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import jp.wlink.web.account.Role;
import jp.wlink.web.profile.MembershipStatus;
import org.junit.jupiter.api.Test;

class DemoSeedingTest {

  @Test
  void seedsOnlyWhenDemoDataIsOnAndThereAreNoAccounts() {
    assertThat(DemoSeeding.shouldSeed(true, () -> 0)).isTrue();
    assertThat(DemoSeeding.shouldSeed(true, () -> 1)).isFalse();
    assertThat(DemoSeeding.shouldSeed(false, () -> 0)).isFalse();
  }

  @Test
  void doesNotEvenCountAccountsWhenDemoDataIsOff() {
    AtomicBoolean counted = new AtomicBoolean();

    DemoSeeding.shouldSeed(
        false,
        () -> {
          counted.set(true);
          return 0;
        });

    assertThat(counted).isFalse();
  }

  @Test
  void plansOneAccountForEveryRole() {
    assertThat(DemoPlan.ACCOUNTS)
        .extracting(DemoAccount::role)
        .containsExactlyInAnyOrder(Role.values());
    assertThat(DemoPlan.ACCOUNTS).extracting(DemoAccount::handle).doesNotHaveDuplicates();
    assertThat(DemoPlan.ACCOUNTS).extracting(DemoAccount::email).doesNotHaveDuplicates();
  }

  @Test
  void givesEveryDemoAccountALongFixedPassword() {
    assertThat(DemoPlan.ACCOUNTS)
        .allSatisfy(account -> assertThat(account.password()).hasSizeGreaterThanOrEqualTo(10));
    assertThat(DemoPlan.ACCOUNTS).extracting(DemoAccount::password).doesNotHaveDuplicates();
  }

  @Test
  void leavesTheStaffClaimToTheWaterBureauForTheOrganisationAdminToDecide() {
    DemoAccount staff = account(Role.STAFF);
    DemoAccount orgAdmin = account(Role.ORG_ADMIN);

    assertThat(staff.organisation()).isEqualTo(DemoPlan.WATER_BUREAU);
    assertThat(staff.membership()).isEqualTo(MembershipStatus.PENDING);
    assertThat(orgAdmin.organisation()).isEqualTo(DemoPlan.WATER_BUREAU);
    assertThat(orgAdmin.administers()).isTrue();
  }

  @Test
  void plansProfilesWithinTheLimits() {
    assertThat(DemoPlan.ACCOUNTS)
        .allSatisfy(account -> assertThat(account.profile().problems()).isEmpty());
  }

  private static DemoAccount account(Role role) {
    return DemoPlan.ACCOUNTS.stream().filter(a -> a.role() == role).findFirst().orElseThrow();
  }
}
