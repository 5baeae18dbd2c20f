package jp.wlink.web.testing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.region.Prefecture;

/** Stores the records persistence tests start from, each with unique names so tests never clash. */
public final class TestRecords {
  public static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  private TestRecords() {}

  /** An active account holding the role, stored and flushed so that it has its id. */
  public static Account account(EntityManager em, Role role) {
    String handle = unique("m");
    Account account = new Account(handle + "@example.jp", handle, "hash", role, NOW);
    account.verifyEmail(NOW);
    em.persist(account);
    em.flush();
    return account;
  }

  public static Organisation organisation(EntityManager em, String namePrefix) {
    Organisation organisation =
        new Organisation(
            unique(namePrefix), OrganisationKind.WATER_UTILITY, Prefecture.SHIZUOKA, NOW);
    em.persist(organisation);
    em.flush();
    return organisation;
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }
}
