package jp.wlink.web.organisation.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import jp.wlink.web.organisation.OrganisationAdmin;
import jp.wlink.web.profile.MemberProfile;
import jp.wlink.web.profile.MembershipStatus;
import jp.wlink.web.profile.ProfileDisclosure;
import jp.wlink.web.profile.Viewer;
import jp.wlink.web.security.CurrentAccount;

/**
 * Lists and decides pending membership claims for the logged-in reviewer. An organisation admin
 * sees and decides only claims to organisations they administer; a system administrator all.
 */
@ApplicationScoped
public class MembershipClaims {
  private static final Logger LOG = Logger.getLogger(MembershipClaims.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private CurrentAccount currentAccount;

  public MembershipClaims() {}

  /** For persistence tests, which pass the reviewer themselves. */
  MembershipClaims(EntityManager em) {
    this.em = Objects.requireNonNull(em);
  }

  public List<PendingClaim> pending() {
    return pendingFor(reviewer());
  }

  @Transactional
  public ClaimDecision approve(long claimantId) {
    return decide(reviewer(), claimantId, MembershipStatus.APPROVED);
  }

  @Transactional
  public ClaimDecision reject(long claimantId) {
    return decide(reviewer(), claimantId, MembershipStatus.REJECTED);
  }

  List<PendingClaim> pendingFor(Reviewer reviewer) {
    TypedQuery<MemberProfile> query =
        reviewer.admin()
            ? em.createNamedQuery(MemberProfile.CLAIMS, MemberProfile.class)
            : em.createNamedQuery(MemberProfile.CLAIMS_REVIEWED_BY, MemberProfile.class)
                .setParameter("reviewerId", reviewer.accountId());
    Viewer viewer = reviewer.admin() ? Viewer.ADMIN : Viewer.MEMBER;
    return query
        .setParameter("status", MembershipStatus.PENDING)
        .getResultStream()
        .map(profile -> claim(profile, viewer))
        .toList();
  }

  ClaimDecision decide(Reviewer reviewer, long claimantId, MembershipStatus decision) {
    MemberProfile profile = em.find(MemberProfile.class, claimantId);
    if (profile == null || !profile.isPendingClaim()) {
      return ClaimDecision.NO_LONGER_PENDING;
    }
    long organisationId = profile.getOrganisation().getId();
    if (!mayReview(reviewer, organisationId)) {
      throw new SecurityException(
          "Account " + reviewer.accountId() + " does not review organisation " + organisationId);
    }

    if (decision == MembershipStatus.APPROVED) {
      profile.approveMembership();
    } else {
      profile.rejectMembership();
    }
    em.flush();

    LOG.info(
        () ->
            "Account "
                + reviewer.accountId()
                + " "
                + decision.name().toLowerCase(Locale.ROOT)
                + " the claim of account "
                + claimantId
                + " to organisation "
                + organisationId);
    return ClaimDecision.DECIDED;
  }

  private boolean mayReview(Reviewer reviewer, long organisationId) {
    return reviewer.admin()
        || em.createNamedQuery(OrganisationAdmin.COUNT, Long.class)
                .setParameter("organisationId", organisationId)
                .setParameter("accountId", reviewer.accountId())
                .getSingleResult()
            > 0;
  }

  private static PendingClaim claim(MemberProfile profile, Viewer viewer) {
    return new PendingClaim(
        profile.getAccountId(),
        profile.getAccount().getHandle(),
        profile.getOrganisation().getId(),
        profile.getOrganisation().getName(),
        ProfileDisclosure.disclose(profile, viewer));
  }

  private Reviewer reviewer() {
    long accountId =
        currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
    if (!currentAccount.isOrgAdmin()) {
      throw new SecurityException("Account " + accountId + " reviews no claims");
    }
    return new Reviewer(accountId, currentAccount.isAdmin());
  }
}
