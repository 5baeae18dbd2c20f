package jp.wlink.web.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.account.Account;
import jp.wlink.web.organisation.Organisation;

/**
 * Loads and saves member profiles. A save names the version it started from, and fails with {@link
 * ProfileChangedElsewhere} rather than silently overwriting a newer save.
 */
@ApplicationScoped
public class MemberProfiles {
  private static final Logger LOG = Logger.getLogger(MemberProfiles.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  public MemberProfiles() {}

  /** For persistence tests, which have no container to inject the entity manager. */
  MemberProfiles(EntityManager em) {
    this.em = Objects.requireNonNull(em);
  }

  public Optional<MemberProfile> find(long accountId) {
    return Optional.ofNullable(em.find(MemberProfile.class, accountId));
  }

  @Transactional
  public MemberProfile save(long accountId, ProfileChange change) {
    MemberProfile profile = em.find(MemberProfile.class, accountId);
    checkVersion(accountId, profile, change.expectedVersion());
    if (profile == null) {
      profile = new MemberProfile(em.find(Account.class, accountId));
      em.persist(profile);
    } else {
      // Visibility lives in its own table; forcing the increment makes every save a new version.
      em.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    profile.update(change.details());
    boolean claimed = profile.claim(organisation(change.organisationId()));
    change.visibility().forEach(profile::show);
    em.flush();

    LOG.info(() -> "Account " + accountId + " saved its profile");
    if (claimed && profile.getOrganisation() != null) {
      long organisationId = profile.getOrganisation().getId();
      LOG.info(() -> "Account " + accountId + " claimed organisation " + organisationId);
    }
    return profile;
  }

  private static void checkVersion(long accountId, MemberProfile profile, Long expected) {
    Long stored = profile == null ? null : profile.getVersion();
    if (!Objects.equals(stored, expected)) {
      throw new ProfileChangedElsewhere(accountId);
    }
  }

  private Organisation organisation(Long organisationId) {
    if (organisationId == null) {
      return null;
    }
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new IllegalArgumentException("No organisation " + organisationId);
    }
    return organisation;
  }
}
