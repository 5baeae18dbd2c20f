package jp.wlink.web.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import jp.wlink.web.account.Account;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationAdmin;
import jp.wlink.web.profile.MemberProfile;
import jp.wlink.web.profile.MembershipStatus;

/**
 * Whether to seed the demo data, and the seeding itself inside the caller's transaction. Demo data
 * goes only into a database without accounts, so it never mixes with real members.
 */
final class DemoSeeding {
  private DemoSeeding() {}

  /** Counts accounts only when demo data is on, so that production never even asks. */
  static boolean shouldSeed(boolean demoEnabled, LongSupplier existingAccounts) {
    return demoEnabled && existingAccounts.getAsLong() == 0;
  }

  /** Stores the plan's organisations and accounts; returns the accounts created. */
  static List<DemoAccount> seed(EntityManager em, Function<char[], String> hasher, Instant now) {
    Map<DemoOrganisation, Organisation> organisations = new HashMap<>();
    for (DemoOrganisation planned : DemoPlan.ORGANISATIONS) {
      Organisation organisation =
          new Organisation(planned.name(), planned.kind(), planned.prefecture(), now);
      em.persist(organisation);
      organisations.put(planned, organisation);
    }
    em.flush();

    for (DemoAccount planned : DemoPlan.ACCOUNTS) {
      seedAccount(em, planned, organisations.get(planned.organisation()), hasher, now);
    }
    return DemoPlan.ACCOUNTS;
  }

  private static void seedAccount(
      EntityManager em,
      DemoAccount planned,
      Organisation organisation,
      Function<char[], String> hasher,
      Instant now) {
    String hash = hasher.apply(planned.password().toCharArray());
    Account account = new Account(planned.email(), planned.handle(), hash, planned.role(), now);
    account.verifyEmail(now);
    em.persist(account);
    em.flush();

    MemberProfile profile = new MemberProfile(account);
    profile.update(planned.profile());
    profile.claim(organisation);
    if (planned.membership() == MembershipStatus.APPROVED) {
      profile.approveMembership();
    }
    planned.visibility().forEach(profile::show);
    em.persist(profile);
    if (planned.administers()) {
      em.persist(new OrganisationAdmin(organisation.getId(), account.getId()));
    }
  }
}
