package jp.wlink.web.courses.progress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.Organisations;
import jp.wlink.web.security.CurrentAccount;

/**
 * Which organisations the logged-in training officer may follow and enrol for: those they
 * administer, or every one for a system administrator. Every officer page and action asks here
 * before it reads or writes anything of an organisation or one of its staff.
 */
@RequestScoped
public class OfficerScope {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private CurrentAccount currentAccount;
  @Inject private Organisations organisations;

  public long officerId() {
    return currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
  }

  public List<Organisation> organisations() {
    if (currentAccount.isAdmin()) {
      return organisations.all();
    }
    if (!currentAccount.isOrgAdmin()) {
      return List.of();
    }
    return organisations.administeredBy(officerId());
  }

  /** Throws unless the officer may follow the organisation. */
  public void require(long organisationId) {
    if (!currentAccount.isAdmin() && !organisations.isAdministeredBy(organisationId, officerId())) {
      throw new SecurityException(
          "Account " + officerId() + " does not administer organisation " + organisationId);
    }
  }

  /** Throws unless the learner is approved staff of an organisation the officer may follow. */
  public void requireStaff(long organisationId, long learnerId) {
    require(organisationId);
    long approved =
        em.createQuery(
                "SELECT COUNT(p) FROM MemberProfile p WHERE p.accountId = :learner"
                    + " AND p.organisation.id = :organisation"
                    + " AND p.membershipStatus = jp.wlink.web.profile.MembershipStatus.APPROVED",
                Long.class)
            .setParameter("learner", learnerId)
            .setParameter("organisation", organisationId)
            .getSingleResult();
    if (approved == 0) {
      throw new SecurityException(
          "Learner " + learnerId + " is no approved staff of organisation " + organisationId);
    }
  }
}
