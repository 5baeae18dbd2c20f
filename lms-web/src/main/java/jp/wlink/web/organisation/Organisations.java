package jp.wlink.web.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.region.Prefecture;
import jp.wlink.web.security.CurrentAccount;

/**
 * The directory of organisations and of who administers them. Only a system administrator adds an
 * organisation; names stay unique (the database enforces it too).
 */
@ApplicationScoped
public class Organisations {
  private static final Logger LOG = Logger.getLogger(Organisations.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private CurrentAccount currentAccount;
  @Inject private Clock clock;

  public List<Organisation> all() {
    return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
  }

  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public boolean nameTaken(String name) {
    return em.createNamedQuery(Organisation.COUNT_BY_NAME, Long.class)
            .setParameter("name", Organisation.normaliseName(name))
            .getSingleResult()
        > 0;
  }

  @Transactional
  public Organisation create(String name, OrganisationKind kind, Prefecture prefecture) {
    if (!currentAccount.isAdmin()) {
      throw new SecurityException("Only an administrator creates organisations");
    }
    if (nameTaken(name)) {
      throw new DuplicateOrganisationName(name);
    }

    Organisation organisation = new Organisation(name, kind, prefecture, clock.instant());
    em.persist(organisation);
    em.flush();

    LOG.info(
        () ->
            "Account "
                + currentAccount.id().orElse(null)
                + " created organisation "
                + organisation.getId());
    return organisation;
  }

  /** The organisations this account reviews membership claims for. */
  public List<Organisation> administeredBy(long accountId) {
    return em.createNamedQuery(OrganisationAdmin.ORGANISATIONS_OF, Organisation.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  public boolean isAdministeredBy(long organisationId, long accountId) {
    return em.createNamedQuery(OrganisationAdmin.COUNT, Long.class)
            .setParameter("organisationId", organisationId)
            .setParameter("accountId", accountId)
            .getSingleResult()
        > 0;
  }
}
