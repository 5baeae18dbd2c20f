package jp.wlink.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

class AccountFilterPersistenceIT {
  private final TestDatabase db = TestDatabase.get();

  @Test
  void narrowsAccountsByTextStatusAndRoleAndCountsTheSame() {
    String marker = TestRecords.unique("flt");
    Account mentor = store(marker + "_a", Role.MENTOR, false);
    store(marker + "_b", Role.STAFF, false);
    Account disabledMentor = store(marker + "_c", Role.MENTOR, true);
    AccountFilter filter = new AccountFilter();
    filter.setText(marker.toUpperCase(java.util.Locale.ROOT));
    filter.setRole(Role.MENTOR);
    filter.setStatus(AccountStatus.ACTIVE);

    EntityManager em = db.entityManager();
    List<Account> found = filter.list(em).getResultList();

    assertThat(found).extracting(Account::getId).containsExactly(mentor.getId());
    assertThat(filter.count(em).getSingleResult()).isEqualTo(1);
    filter.setStatus(null);
    assertThat(filter.list(em).getResultList())
        .extracting(Account::getId)
        .containsExactly(mentor.getId(), disabledMentor.getId());
  }

  @Test
  void matchesWildcardCharactersLiterally() {
    String marker = TestRecords.unique("pct");
    Account literal = store(marker + "_x", Role.STAFF, false);
    store(marker + "yx", Role.STAFF, false);
    AccountFilter filter = new AccountFilter();
    filter.setText(marker + "_");

    List<Account> found = filter.list(db.entityManager()).getResultList();

    assertThat(found).extracting(Account::getId).containsExactly(literal.getId());
  }

  private Account store(String handle, Role role, boolean disabled) {
    return db.inTransaction(
        em -> {
          Account account = new Account(handle + "@example.jp", handle, "h", role, TestRecords.NOW);
          account.verifyEmail(TestRecords.NOW);
          if (disabled) {
            account.disable();
          }
          em.persist(account);
          return account;
        });
  }
}
