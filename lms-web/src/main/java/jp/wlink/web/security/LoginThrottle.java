package jp.wlink.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.account.Account;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per account and per address in the database, so that every instance of a
 * cluster sees the same locks. An address may fail more often than an account, since many people
 * can share one office address.
 */
@ApplicationScoped
public class LoginThrottle {
  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
  private static final int ADDRESS_FACTOR = 4;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "wlink.login.max-failures", defaultValue = "5")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "wlink.login.base-lockout-seconds", defaultValue = "30")
  private long baseLockoutSeconds;

  private LockoutPolicy accountPolicy;
  private LockoutPolicy addressPolicy;

  @PostConstruct
  void configure() {
    Duration firstLock = Duration.ofSeconds(baseLockoutSeconds);
    accountPolicy = new LockoutPolicy(maxFailures, firstLock);
    addressPolicy = new LockoutPolicy(maxFailures * ADDRESS_FACTOR, firstLock);
  }

  /** The time until which a login for this email or from this address is refused, if locked. */
  @Transactional
  public Optional<Instant> lockedUntil(String email, String address) {
    Instant now = clock.instant();
    Instant latest = null;
    for (LoginFailures failures : find(email, address)) {
      if (failures != null && failures.lockedAt(now)) {
        latest = later(latest, failures.lockedUntil());
      }
    }
    return Optional.ofNullable(latest);
  }

  @Transactional
  public void recordFailure(String email, String address) {
    Instant now = clock.instant();
    record(LoginSubject.ACCOUNT, Account.normaliseEmail(email), accountPolicy, now);
    LoginFailures byAddress = record(LoginSubject.ADDRESS, address, addressPolicy, now);

    if (byAddress.lockedAt(now)) {
      LOG.warning(() -> "Locked logins from an address after " + byAddress.failures() + " fails");
    }
  }

  /** A successful login clears the account's count; the address keeps its own. */
  @Transactional
  public void recordSuccess(String email) {
    LoginFailures failures =
        em.find(LoginFailures.class, key(LoginSubject.ACCOUNT, Account.normaliseEmail(email)));
    if (failures != null) {
      em.remove(failures);
    }
  }

  private LoginFailures record(
      LoginSubject kind, String subject, LockoutPolicy policy, Instant now) {
    LoginFailures.Key key = key(kind, subject);
    LoginFailures failures = em.find(LoginFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (failures == null) {
      failures = new LoginFailures(kind, subject, now);
      em.persist(failures);
    }
    failures.record(policy, now);
    return failures;
  }

  private LoginFailures[] find(String email, String address) {
    return new LoginFailures[] {
      em.find(LoginFailures.class, key(LoginSubject.ACCOUNT, Account.normaliseEmail(email))),
      em.find(LoginFailures.class, key(LoginSubject.ADDRESS, address))
    };
  }

  private static LoginFailures.Key key(LoginSubject kind, String subject) {
    return new LoginFailures.Key(kind, subject);
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
