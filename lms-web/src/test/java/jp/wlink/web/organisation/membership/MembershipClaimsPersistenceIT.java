package jp.wlink.web.organisation.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationAdmin;
import jp.wlink.web.profile.AffiliationType;
import jp.wlink.web.profile.JobType;
import jp.wlink.web.profile.MemberProfile;
import jp.wlink.web.profile.MembershipStatus;
import jp.wlink.web.profile.ProfileDetails;
import jp.wlink.web.profile.ProfileField;
import jp.wlink.web.profile.Visibility;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

class MembershipClaimsPersistenceIT {
  private final TestDatabase db = TestDatabase.get();

  @Test
  void showsAnOrganisationAdminOnlyClaimsToTheOrganisationsTheyAdminister() {
    Organisation mine = db.inTransaction(em -> TestRecords.organisation(em, "自局"));
    Organisation theirs = db.inTransaction(em -> TestRecords.organisation(em, "他局"));
    Account reviewer = orgAdminOf(mine);
    Account toMine = claimant(mine, MembershipStatus.PENDING);
    claimant(theirs, MembershipStatus.PENDING);
    claimant(mine, MembershipStatus.APPROVED);

    List<PendingClaim> claims = pending(new Reviewer(reviewer.getId(), false));

    assertThat(claims).extracting(PendingClaim::getClaimantId).containsExactly(toMine.getId());
    assertThat(claims.get(0).getHandle()).isEqualTo(toMine.getHandle());
    assertThat(claims.get(0).getOrganisationName()).isEqualTo(mine.getName());
    assertThat(claims.get(0).getJobType()).isEqualTo(JobType.WATER_TREATMENT);
    assertThat(claims.get(0).getRealName()).isNull();
  }

  @Test
  void hidesFromTheOrganisationAdminWhatTheMemberKeepsPrivate() {
    Organisation mine = db.inTransaction(em -> TestRecords.organisation(em, "自局"));
    Account reviewer = orgAdminOf(mine);
    Account claimant = claimant(mine, MembershipStatus.PENDING);
    db.run(
        em ->
            em.find(MemberProfile.class, claimant.getId())
                .show(ProfileField.JOB_TYPE, Visibility.ONLY_ME));

    PendingClaim claim = pending(new Reviewer(reviewer.getId(), false)).get(0);

    assertThat(claim.getJobType()).isNull();
    assertThat(claim.getAffiliation()).isEqualTo(AffiliationType.WATER_UTILITY);
  }

  @Test
  void showsASystemAdministratorEveryPendingClaimWithTheRealName() {
    Organisation organisation = db.inTransaction(em -> TestRecords.organisation(em, "全体"));
    Account claimant = claimant(organisation, MembershipStatus.PENDING);
    Account admin = db.inTransaction(em -> TestRecords.account(em, Role.ADMIN));

    List<PendingClaim> claims = pending(new Reviewer(admin.getId(), true));

    assertThat(claims)
        .filteredOn(claim -> claim.getClaimantId() == claimant.getId())
        .singleElement()
        .extracting(PendingClaim::getRealName)
        .isEqualTo("山田 太郎");
  }

  @Test
  void approvesAClaimToAnAdministeredOrganisationOnce() {
    Organisation mine = db.inTransaction(em -> TestRecords.organisation(em, "承認"));
    Account reviewer = orgAdminOf(mine);
    Account claimant = claimant(mine, MembershipStatus.PENDING);
    Reviewer asReviewer = new Reviewer(reviewer.getId(), false);

    ClaimDecision first = decide(asReviewer, claimant, MembershipStatus.APPROVED);
    ClaimDecision again = decide(asReviewer, claimant, MembershipStatus.REJECTED);

    assertThat(first).isEqualTo(ClaimDecision.DECIDED);
    assertThat(again).isEqualTo(ClaimDecision.NO_LONGER_PENDING);
    assertThat(profileOf(claimant).getMembershipStatus()).isEqualTo(MembershipStatus.APPROVED);
  }

  @Test
  void refusesADecisionOnAClaimToAnotherOrganisation() {
    Organisation mine = db.inTransaction(em -> TestRecords.organisation(em, "自局"));
    Organisation theirs = db.inTransaction(em -> TestRecords.organisation(em, "他局"));
    Account reviewer = orgAdminOf(mine);
    Account claimant = claimant(theirs, MembershipStatus.PENDING);
    Reviewer asReviewer = new Reviewer(reviewer.getId(), false);

    assertThatThrownBy(() -> decide(asReviewer, claimant, MembershipStatus.REJECTED))
        .isInstanceOf(SecurityException.class);
    assertThat(profileOf(claimant).getMembershipStatus()).isEqualTo(MembershipStatus.PENDING);
  }

  private Account orgAdminOf(Organisation organisation) {
    return db.inTransaction(
        em -> {
          Account account = TestRecords.account(em, Role.ORG_ADMIN);
          em.persist(new OrganisationAdmin(organisation.getId(), account.getId()));
          return account;
        });
  }

  private Account claimant(Organisation organisation, MembershipStatus status) {
    return db.inTransaction(
        em -> {
          Account account = TestRecords.account(em, Role.STAFF);
          MemberProfile profile = new MemberProfile(account);
          profile.update(
              new ProfileDetails(
                  "山田 太郎",
                  AffiliationType.WATER_UTILITY,
                  JobType.WATER_TREATMENT,
                  null,
                  2,
                  null,
                  null));
          profile.claim(em.find(Organisation.class, organisation.getId()));
          if (status == MembershipStatus.APPROVED) {
            profile.approveMembership();
          }
          em.persist(profile);
          return account;
        });
  }

  private List<PendingClaim> pending(Reviewer reviewer) {
    return new MembershipClaims(db.entityManager()).pendingFor(reviewer);
  }

  private ClaimDecision decide(Reviewer reviewer, Account claimant, MembershipStatus decision) {
    return db.inTransaction(
        (EntityManager em) ->
            new MembershipClaims(em).decide(reviewer, claimant.getId(), decision));
  }

  private MemberProfile profileOf(Account account) {
    return db.entityManager().find(MemberProfile.class, account.getId());
  }
}
