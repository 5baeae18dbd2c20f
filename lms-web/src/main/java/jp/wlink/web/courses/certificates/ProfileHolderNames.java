package jp.wlink.web.courses.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.wlink.course.certificate.HolderNames;
import jp.wlink.web.account.Account;
import jp.wlink.web.profile.MemberProfile;

/**
 * Makes certificates out to the real name the learner gave in their profile, or to their handle
 * when they gave none. The certificate is theirs, so printing the name discloses nothing.
 */
@ApplicationScoped
public class ProfileHolderNames implements HolderNames {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Override
  public String nameOf(long learnerId) {
    MemberProfile profile = em.find(MemberProfile.class, learnerId);
    if (profile != null && profile.getRealName() != null && !profile.getRealName().isBlank()) {
      return profile.getRealName().strip();
    }
    Account account = em.find(Account.class, learnerId);
    return account == null ? "" : account.getHandle();
  }
}
