package jp.wlink.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationAdmin;
import jp.wlink.web.profile.MemberProfile;
import jp.wlink.web.profile.MembershipStatus;
import jp.wlink.web.profile.ProfileField;
import jp.wlink.web.profile.Visibility;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

class DemoSeedingPersistenceIT {
  private final TestDatabase db = TestDatabase.get();

  @Test
  void seedsActiveAccountsWithProfilesAndAPendingClaimForTheOrgAdmin() {
    db.run(em -> DemoSeeding.seed(em, password -> "hash-" + new String(password), TestRecords.NOW));
    EntityManager em = db.entityManager();

    Account staff = byHandle(em, "demo-staff");
    Account orgAdmin = byHandle(em, "demo-orgadmin");
    MemberProfile staffProfile = em.find(MemberProfile.class, staff.getId());
    List<Organisation> administered =
        em.createNamedQuery(OrganisationAdmin.ORGANISATIONS_OF, Organisation.class)
            .setParameter("accountId", orgAdmin.getId())
            .getResultList();

    for (DemoAccount planned : DemoPlan.ACCOUNTS) {
      Account account = byHandle(em, planned.handle());
      assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
      assertThat(account.getRoles()).containsExactly(planned.role());
      assertThat(account.getPasswordHash()).isEqualTo("hash-" + planned.password());
      assertThat(em.find(MemberProfile.class, account.getId())).isNotNull();
    }
    assertThat(staff.getEmail()).isEqualTo("staff@demo.wlink.jp");
    assertThat(staffProfile.getOrganisation().getName()).isEqualTo("みなと市水道局");
    assertThat(staffProfile.getMembershipStatus()).isEqualTo(MembershipStatus.PENDING);
    assertThat(staffProfile.visibilityOf(ProfileField.YEARS_OF_EXPERIENCE))
        .isEqualTo(Visibility.ONLY_ME);
    assertThat(orgAdmin.holds(Role.ORG_ADMIN)).isTrue();
    assertThat(administered).extracting(Organisation::getName).containsExactly("みなと市水道局");
  }

  private static Account byHandle(EntityManager em, String handle) {
    return em.createNamedQuery(Account.BY_HANDLE, Account.class)
        .setParameter("handle", handle)
        .getSingleResult();
  }
}
