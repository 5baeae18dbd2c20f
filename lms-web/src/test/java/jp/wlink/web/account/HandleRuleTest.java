package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandleRuleTest {
  @ParameterizedTest
  @ValueSource(strings = {"水道太郎", "すいどう_たろう", "suido-taro", "Taro2026", "ポンプ係ー々"})
  void acceptsLettersDigitsJapaneseUnderscoresAndHyphens(String handle) {
    assertThat(HandleRule.refusalOf(handle)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "1234567890123456789012345678901"})
  void refusesHandlesShorterThanThreeOrLongerThanThirty(String handle) {
    assertThat(HandleRule.refusalOf(handle)).contains("register.handle.length");
  }

  @ParameterizedTest
  @ValueSource(strings = {"taro suido", "taro@suido", "<script>", "水道.太郎"})
  void refusesSpacesAndSymbols(String handle) {
    assertThat(HandleRule.refusalOf(handle)).contains("register.handle.characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Admin", "moderator", "管理者", "WLINK"})
  void refusesNamesThatSpeakForWlink(String handle) {
    assertThat(HandleRule.refusalOf(handle)).contains("register.handle.reserved");
  }

  @Test
  void storesFullWidthLettersAsTheirAsciiTwins() {
    assertThat(HandleRule.normalise("  ＴＡＲＯ２０２６ ")).isEqualTo("TARO2026");
  }

  @Test
  void storesHalfWidthKatakanaAsFullWidth() {
    assertThat(HandleRule.normalise("ｽｲﾄﾞｳ")).isEqualTo("スイドウ");
  }
}
