package jp.wlink.web.courses.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.wlink.course.enrolment.StaffMatch;
import jp.wlink.web.account.Account;
import jp.wlink.web.profile.MembershipStatus;

/**
 * Answers, for a list of addresses at once, who each is to an organisation: one of its approved
 * staff, somebody else, or nobody W/LINK knows. Addresses compare as accounts store them (stripped
 * and lower-case); a thousand at a time, so that a list of 10,000 costs ten queries.
 */
@ApplicationScoped
public class StaffDirectory {
  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  protected StaffDirectory() {}

  /** For tests outside a container. */
  public StaffDirectory(EntityManager em) {
    this.em = Objects.requireNonNull(em);
  }

  /** The match of each address, keyed by the stored (normalised) form. */
  public Map<String, StaffMatch> match(long organisationId, Collection<String> emails) {
    List<String> normalised =
        emails.stream().filter(e -> !e.isBlank()).map(Account::normaliseEmail).distinct().toList();
    Map<String, StaffMatch> matches = new HashMap<>();
    for (int start = 0; start < normalised.size(); start += CHUNK) {
      List<String> chunk = normalised.subList(start, Math.min(normalised.size(), start + CHUNK));
      for (Object[] row : lookUp(chunk)) {
        matches.put((String) row[0], match(organisationId, row));
      }
    }
    return matches;
  }

  /** The match for one address as typed, from matches {@link #match} found. */
  public static StaffMatch of(Map<String, StaffMatch> matches, String email) {
    return matches.getOrDefault(Account.normaliseEmail(email), StaffMatch.UNKNOWN);
  }

  private List<Object[]> lookUp(List<String> chunk) {
    return new ArrayList<>(
        em.createQuery(
                "SELECT a.email, a.id, p.organisation.id, p.membershipStatus FROM Account a"
                    + " LEFT JOIN MemberProfile p ON p.accountId = a.id WHERE a.email IN :emails",
                Object[].class)
            .setParameter("emails", chunk)
            .getResultList());
  }

  private static StaffMatch match(long organisationId, Object[] row) {
    boolean staff =
        row[2] != null
            && ((Number) row[2]).longValue() == organisationId
            && row[3] == MembershipStatus.APPROVED;
    return staff ? StaffMatch.staff(((Number) row[1]).longValue()) : StaffMatch.OUTSIDER;
  }
}
