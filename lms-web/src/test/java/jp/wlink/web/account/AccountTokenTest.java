package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {
  private static final Instant ISSUED = Instant.parse("2026-12-03T08:00:00Z");

  @Test
  void verificationLinkWorksForFortyEightHours() {
    AccountToken token = token(TokenPurpose.VERIFY_EMAIL);

    assertThat(token.stateAt(ISSUED.plus(Duration.ofHours(48)).minusMillis(1)))
        .isEqualTo(TokenState.USABLE);
    assertThat(token.stateAt(ISSUED.plus(Duration.ofHours(48)))).isEqualTo(TokenState.EXPIRED);
  }

  @Test
  void resetLinkExpiresAfterOneHour() {
    AccountToken token = token(TokenPurpose.RESET_PASSWORD);

    assertThat(token.getExpiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(1)));
    assertThat(token.stateAt(ISSUED.plus(Duration.ofMinutes(59)))).isEqualTo(TokenState.USABLE);
    assertThat(token.stateAt(ISSUED.plus(Duration.ofMinutes(61)))).isEqualTo(TokenState.EXPIRED);
  }

  @Test
  void aUsedLinkIsRefusedEvenBeforeItExpires() {
    AccountToken token = token(TokenPurpose.RESET_PASSWORD);
    token.use(ISSUED.plusSeconds(60));

    assertThat(token.stateAt(ISSUED.plusSeconds(61))).isEqualTo(TokenState.USED);
    assertThat(token.getUsedAt()).isEqualTo(ISSUED.plusSeconds(60));
  }

  @Test
  void aUsedLinkStaysUsedAfterItWouldHaveExpired() {
    AccountToken token = token(TokenPurpose.VERIFY_EMAIL);
    token.use(ISSUED.plusSeconds(60));

    assertThat(token.stateAt(ISSUED.plus(Duration.ofDays(30)))).isEqualTo(TokenState.USED);
  }

  @Test
  void cannotBeUsedTwice() {
    AccountToken token = token(TokenPurpose.RESET_PASSWORD);
    token.use(ISSUED.plusSeconds(60));

    assertThatThrownBy(() -> token.use(ISSUED.plusSeconds(90)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void cannotBeUsedOnceExpired() {
    AccountToken token = token(TokenPurpose.RESET_PASSWORD);

    assertThatThrownBy(() -> token.use(ISSUED.plus(Duration.ofHours(2))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(token.getUsedAt()).isNull();
  }

  @Test
  void changeOfEmailCarriesTheNewAddressInLowerCase() {
    AccountToken token = AccountToken.changeOfEmail(account(), " New@Example.JP ", "h", ISSUED);

    assertThat(token.getPurpose()).isEqualTo(TokenPurpose.CHANGE_EMAIL);
    assertThat(token.getNewEmail()).isEqualTo("new@example.jp");
    assertThat(token.getExpiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(48)));
  }

  private static AccountToken token(TokenPurpose purpose) {
    return new AccountToken(account(), purpose, "hash", ISSUED);
  }

  private static Account account() {
    return new Account("taro@example.jp", "taro", "hash", Role.STAFF, ISSUED);
  }
}
