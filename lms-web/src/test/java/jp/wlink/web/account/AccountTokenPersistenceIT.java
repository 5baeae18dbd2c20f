package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.wlink.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class AccountTokenPersistenceIT {
  private static final Instant ISSUED = Instant.parse("2026-12-03T08:00:00.123Z");

  private final TestDatabase db = TestDatabase.get();

  @Test
  void findsTheTokenByTheHashOfItsSecret() {
    Account account = newAccount();
    TokenSecret secret = TokenSecret.generate();
    store(new AccountToken(account, TokenPurpose.VERIFY_EMAIL, secret.hash(), ISSUED));

    AccountToken found = byHash(TokenSecret.hashOf(secret.value())).orElseThrow();

    assertThat(found.getAccount().getId()).isEqualTo(account.getId());
    assertThat(found.getPurpose()).isEqualTo(TokenPurpose.VERIFY_EMAIL);
    assertThat(found.getTokenHash()).isEqualTo(secret.hash()).isNotEqualTo(secret.value());
    assertThat(found.getCreatedAt()).isEqualTo(ISSUED);
    assertThat(found.getExpiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(48)));
    assertThat(found.getUsedAt()).isNull();
    assertThat(found.getNewEmail()).isNull();
  }

  @Test
  void storesNoTraceOfTheSecretItself() {
    TokenSecret secret = TokenSecret.generate();
    store(new AccountToken(newAccount(), TokenPurpose.RESET_PASSWORD, secret.hash(), ISSUED));

    assertThat(byHash(secret.value())).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownSecret() {
    assertThat(byHash(TokenSecret.generate().hash())).isEmpty();
  }

  @Test
  void keepsTheNewAddressOfAChangeOfEmail() {
    TokenSecret secret = TokenSecret.generate();
    store(AccountToken.changeOfEmail(newAccount(), "Neu@Example.JP", secret.hash(), ISSUED));

    AccountToken found = byHash(secret.hash()).orElseThrow();

    assertThat(found.getPurpose()).isEqualTo(TokenPurpose.CHANGE_EMAIL);
    assertThat(found.getNewEmail()).isEqualTo("neu@example.jp");
  }

  @Test
  void aUsedTokenReadBackIsRefused() {
    TokenSecret secret = TokenSecret.generate();
    AccountToken token =
        new AccountToken(newAccount(), TokenPurpose.RESET_PASSWORD, secret.hash(), ISSUED);
    store(token);
    db.run(em -> byHash(em, secret.hash()).orElseThrow().use(ISSUED.plusSeconds(30)));

    AccountToken found = byHash(secret.hash()).orElseThrow();

    assertThat(found.getUsedAt()).isEqualTo(ISSUED.plusSeconds(30));
    assertThat(found.stateAt(ISSUED.plusSeconds(31))).isEqualTo(TokenState.USED);
  }

  @Test
  void anExpiredTokenReadBackIsRefused() {
    TokenSecret secret = TokenSecret.generate();
    store(new AccountToken(newAccount(), TokenPurpose.RESET_PASSWORD, secret.hash(), ISSUED));

    AccountToken found = byHash(secret.hash()).orElseThrow();

    assertThat(found.stateAt(ISSUED.plus(Duration.ofMinutes(59)))).isEqualTo(TokenState.USABLE);
    assertThat(found.stateAt(ISSUED.plus(Duration.ofMinutes(60)))).isEqualTo(TokenState.EXPIRED);
  }

  @Test
  void refusesTwoTokensWithTheSameHash() {
    String hash = TokenSecret.generate().hash();
    Account account = newAccount();
    store(new AccountToken(account, TokenPurpose.VERIFY_EMAIL, hash, ISSUED));

    assertThatThrownBy(
            () -> store(new AccountToken(account, TokenPurpose.RESET_PASSWORD, hash, ISSUED)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void discardingOpenTokensKeepsUsedOnesAndOtherPurposes() {
    Account account = newAccount();
    String open = store(new AccountToken(account, TokenPurpose.VERIFY_EMAIL, hash(), ISSUED));
    String used = store(new AccountToken(account, TokenPurpose.VERIFY_EMAIL, hash(), ISSUED));
    String other = store(new AccountToken(account, TokenPurpose.RESET_PASSWORD, hash(), ISSUED));
    db.run(em -> byHash(em, used).orElseThrow().use(ISSUED.plusSeconds(1)));

    db.run(
        em ->
            em.createNamedQuery(AccountToken.DISCARD_OPEN)
                .setParameter("account", em.find(Account.class, account.getId()))
                .setParameter("purpose", TokenPurpose.VERIFY_EMAIL)
                .executeUpdate());

    assertThat(List.of(open, used, other))
        .extracting(hash -> byHash(hash).isPresent())
        .containsExactly(false, true, true);
  }

  private Account newAccount() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Account account = new Account(unique + "@example.jp", "t" + unique, "h", Role.STAFF, ISSUED);
    db.run(em -> em.persist(account));
    return account;
  }

  /** Stores the token for an account already in the database; returns the token's hash. */
  private String store(AccountToken token) {
    db.run(em -> em.merge(token));
    return token.getTokenHash();
  }

  private Optional<AccountToken> byHash(String hash) {
    EntityManager em = db.entityManager();
    try {
      return byHash(em, hash);
    } finally {
      em.close();
    }
  }

  private static Optional<AccountToken> byHash(EntityManager em, String hash) {
    return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  private static String hash() {
    return TokenSecret.generate().hash();
  }
}
