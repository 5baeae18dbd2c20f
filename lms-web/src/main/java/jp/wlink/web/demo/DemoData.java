package jp.wlink.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.security.PasswordHasher;

/** Seeds the demo data in one transaction, when the rules in {@link DemoSeeding} say so. */
@ApplicationScoped
public class DemoData {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Accounts accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  /** The demo accounts created, or empty when demo data is off or there are accounts already. */
  @Transactional
  public Optional<List<DemoAccount>> seedIfWanted(boolean demoEnabled) {
    if (!DemoSeeding.shouldSeed(demoEnabled, accounts::count)) {
      return Optional.empty();
    }
    return Optional.of(DemoSeeding.seed(em, hasher::hash, clock.instant()));
  }
}
