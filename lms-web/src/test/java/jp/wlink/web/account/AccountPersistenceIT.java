package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.UUID;
import jp.wlink.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class AccountPersistenceIT {
  private final TestDatabase db = TestDatabase.get();

  @Test
  void storesAccountWithRolesAndFindsItByEmailInAnyCase() {
    String email = unique("Taro.Suido") + "@Example.JP";
    Account saved =
        db.inTransaction(
            em -> {
              Account account = new Account(email, unique("髙橋"), "hash", Role.STAFF, now());
              account.grant(Role.MENTOR);
              em.persist(account);
              return account;
            });

    Account found =
        db.entityManager()
            .createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", Account.normaliseEmail(email))
            .getSingleResult();

    assertThat(found.getId()).isEqualTo(saved.getId());
    assertThat(found.getEmail()).isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
    assertThat(found.getHandle()).startsWith("髙橋");
    assertThat(found.getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.MENTOR);
  }

  @Test
  void refusesASecondAccountWithTheSameEmail() {
    String email = unique("dup") + "@example.jp";
    db.run(em -> em.persist(new Account(email, unique("a"), "h", Role.STUDENT, now())));

    assertThatThrownBy(
            () ->
                db.run(em -> em.persist(new Account(email, unique("b"), "h", Role.STUDENT, now()))))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void findsAHandleInAnyLetterCase() {
    String handle = unique("Suido_Taro_");
    db.run(
        em -> em.persist(new Account(unique("c") + "@example.jp", handle, "h", Role.STAFF, now())));

    long taken =
        db.entityManager()
            .createNamedQuery(Account.COUNT_HANDLE_IGNORING_CASE, Long.class)
            .setParameter("handle", handle.toLowerCase(java.util.Locale.ROOT))
            .getSingleResult();

    assertThat(taken).isEqualTo(1);
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Instant now() {
    return Instant.parse("2026-12-03T08:00:00Z");
  }
}
