package jp.wlink.web.courses.progress;

import jakarta.persistence.EntityManager;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.profile.MemberProfile;
import jp.wlink.web.testing.TestRecords;

/** Staff accounts whose membership of an organisation its admin approved. */
final class Staff {
  private Staff() {}

  static Account approved(EntityManager em, Organisation organisation) {
    Account account = TestRecords.account(em, Role.STAFF);
    MemberProfile profile = new MemberProfile(account);
    profile.claim(organisation);
    profile.approveMembership();
    em.persist(profile);
    em.flush();
    return account;
  }

  static Account pending(EntityManager em, Organisation organisation) {
    Account account = TestRecords.account(em, Role.STAFF);
    MemberProfile profile = new MemberProfile(account);
    profile.claim(organisation);
    em.persist(profile);
    em.flush();
    return account;
  }
}
