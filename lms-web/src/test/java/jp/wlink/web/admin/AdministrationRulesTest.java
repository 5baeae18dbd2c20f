package jp.wlink.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import jp.wlink.web.account.Role;
import org.junit.jupiter.api.Test;

class AdministrationRulesTest {
  private static final long ADMIN_ID = 1;
  private static final long OTHER_ID = 2;

  @Test
  void keepsTheLastRoleOfAnAccount() {
    AdminOutcome outcome =
        AdministrationRules.mayRevoke(ADMIN_ID, OTHER_ID, EnumSet.of(Role.STAFF), Role.STAFF);

    assertThat(outcome).isEqualTo(AdminOutcome.LAST_ROLE);
  }

  @Test
  void revokesARoleWhenAnotherRemains() {
    AdminOutcome outcome =
        AdministrationRules.mayRevoke(
            ADMIN_ID, OTHER_ID, EnumSet.of(Role.STAFF, Role.MENTOR), Role.MENTOR);

    assertThat(outcome).isEqualTo(AdminOutcome.DONE);
  }

  @Test
  void neverLetsAnAdministratorRevokeTheirOwnAdminRole() {
    AdminOutcome outcome =
        AdministrationRules.mayRevoke(
            ADMIN_ID, ADMIN_ID, EnumSet.of(Role.ADMIN, Role.STAFF), Role.ADMIN);

    assertThat(outcome).isEqualTo(AdminOutcome.OWN_ADMIN_ROLE);
  }

  @Test
  void letsAnAdministratorRevokeTheirOwnOtherRoles() {
    AdminOutcome outcome =
        AdministrationRules.mayRevoke(
            ADMIN_ID, ADMIN_ID, EnumSet.of(Role.ADMIN, Role.STAFF), Role.STAFF);

    assertThat(outcome).isEqualTo(AdminOutcome.DONE);
  }

  @Test
  void letsAnAdministratorRevokeAnotherAdministratorsAdminRole() {
    AdminOutcome outcome =
        AdministrationRules.mayRevoke(
            ADMIN_ID, OTHER_ID, EnumSet.of(Role.ADMIN, Role.STAFF), Role.ADMIN);

    assertThat(outcome).isEqualTo(AdminOutcome.DONE);
  }

  @Test
  void reportsNothingToDoForARoleNotHeldOrAlreadyHeld() {
    assertThat(AdministrationRules.mayRevoke(ADMIN_ID, OTHER_ID, EnumSet.of(Role.STAFF), Role.HOST))
        .isEqualTo(AdminOutcome.UNCHANGED);
    assertThat(AdministrationRules.mayGrant(EnumSet.of(Role.STAFF), Role.STAFF))
        .isEqualTo(AdminOutcome.UNCHANGED);
    assertThat(AdministrationRules.mayGrant(EnumSet.of(Role.STAFF), Role.HOST))
        .isEqualTo(AdminOutcome.DONE);
  }

  @Test
  void neverLetsAnAdministratorDisableTheirOwnAccount() {
    assertThat(AdministrationRules.mayDisable(ADMIN_ID, ADMIN_ID, false))
        .isEqualTo(AdminOutcome.OWN_ACCOUNT);
    assertThat(AdministrationRules.mayDisable(ADMIN_ID, OTHER_ID, false))
        .isEqualTo(AdminOutcome.DONE);
    assertThat(AdministrationRules.mayDisable(ADMIN_ID, OTHER_ID, true))
        .isEqualTo(AdminOutcome.UNCHANGED);
  }
}
