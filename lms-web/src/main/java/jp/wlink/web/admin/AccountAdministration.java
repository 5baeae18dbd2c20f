package jp.wlink.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationAdmin;
import jp.wlink.web.organisation.Organisations;
import jp.wlink.web.security.CurrentAccount;

/**
 * An administrator's changes to other accounts: roles, enabling and disabling, and organisation
 * admins. Only a caller in the admin role gets past any method here, whatever page called it, and
 * {@link AdministrationRules} decides what is allowed.
 */
@ApplicationScoped
public class AccountAdministration {
  private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private CurrentAccount currentAccount;
  @Inject private Organisations organisations;

  public long count(AccountFilter filter) {
    requireAdmin();
    return filter.count(em).getSingleResult();
  }

  public List<AccountRow> find(AccountFilter filter, int first, int size) {
    requireAdmin();
    return filter
        .list(em)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(AccountRow::new)
        .toList();
  }

  public AccountRow row(long accountId) {
    requireAdmin();
    return new AccountRow(account(accountId));
  }

  @Transactional
  public AdminOutcome grant(long targetId, Role role) {
    long actorId = requireAdmin();
    Account target = account(targetId);
    AdminOutcome outcome = AdministrationRules.mayGrant(target.getRoles(), role);
    return apply(outcome, actorId, () -> target.grant(role), "granted " + role + " to", targetId);
  }

  @Transactional
  public AdminOutcome revoke(long targetId, Role role) {
    long actorId = requireAdmin();
    Account target = account(targetId);
    AdminOutcome outcome =
        AdministrationRules.mayRevoke(actorId, targetId, target.getRoles(), role);
    return apply(
        outcome, actorId, () -> revoke(target, role), "revoked " + role + " from", targetId);
  }

  @Transactional
  public AdminOutcome disable(long targetId) {
    long actorId = requireAdmin();
    Account target = account(targetId);
    AdminOutcome outcome = AdministrationRules.mayDisable(actorId, targetId, isDisabled(target));
    return apply(outcome, actorId, target::disable, "disabled", targetId);
  }

  @Transactional
  public AdminOutcome enable(long targetId) {
    long actorId = requireAdmin();
    Account target = account(targetId);
    AdminOutcome outcome = isDisabled(target) ? AdminOutcome.DONE : AdminOutcome.UNCHANGED;
    return apply(outcome, actorId, target::enable, "enabled", targetId);
  }

  /** Makes the account an admin of the organisation, granting the org-admin role it needs. */
  @Transactional
  public AdminOutcome makeOrganisationAdmin(long targetId, long organisationId) {
    long actorId = requireAdmin();
    Account target = account(targetId);
    Organisation organisation =
        organisations
            .find(organisationId)
            .orElseThrow(() -> new IllegalArgumentException("No organisation " + organisationId));
    if (organisations.isAdministeredBy(organisationId, targetId)) {
      return AdminOutcome.UNCHANGED;
    }

    em.persist(new OrganisationAdmin(organisation.getId(), targetId));
    target.grant(Role.ORG_ADMIN);

    LOG.info(
        () ->
            "Account "
                + actorId
                + " made account "
                + targetId
                + " an admin of organisation "
                + organisationId);
    return AdminOutcome.DONE;
  }

  /** Ends the account's organisation administration along with the role that allowed it. */
  @Transactional
  public AdminOutcome removeOrganisationAdmin(long targetId, long organisationId) {
    long actorId = requireAdmin();
    int removed =
        em.createQuery(
                "DELETE FROM OrganisationAdmin oa"
                    + " WHERE oa.accountId = :accountId AND oa.organisationId = :organisationId")
            .setParameter("accountId", targetId)
            .setParameter("organisationId", organisationId)
            .executeUpdate();
    if (removed == 0) {
      return AdminOutcome.UNCHANGED;
    }

    LOG.info(
        () ->
            "Account "
                + actorId
                + " removed account "
                + targetId
                + " as admin of organisation "
                + organisationId);
    return AdminOutcome.DONE;
  }

  /** The organisations the account administers. */
  public List<Organisation> administeredBy(long accountId) {
    requireAdmin();
    return organisations.administeredBy(accountId);
  }

  private void revoke(Account target, Role role) {
    target.revoke(role);
    if (role == Role.ORG_ADMIN) {
      em.createQuery("DELETE FROM OrganisationAdmin oa WHERE oa.accountId = :accountId")
          .setParameter("accountId", target.getId())
          .executeUpdate();
    }
  }

  private static AdminOutcome apply(
      AdminOutcome outcome, long actorId, Runnable change, String what, long targetId) {
    if (outcome != AdminOutcome.DONE) {
      return outcome;
    }

    change.run();

    LOG.info(() -> "Account " + actorId + " " + what + " account " + targetId);
    return outcome;
  }

  private static boolean isDisabled(Account account) {
    return account.getStatus() == AccountStatus.DISABLED;
  }

  private Account account(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new IllegalArgumentException("No account " + accountId);
    }
    return account;
  }

  /** The acting administrator's id; anyone else is refused, whichever page called. */
  private long requireAdmin() {
    long actorId =
        currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
    if (!currentAccount.isAdmin()) {
      throw new SecurityException("Account " + actorId + " is not an administrator");
    }
    return actorId;
  }
}
