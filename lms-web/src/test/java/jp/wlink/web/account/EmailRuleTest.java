package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRuleTest {
  @ParameterizedTest
  @ValueSource(strings = {"taro@example.jp", " Taro.Suido+wlink@city.example.lg.jp "})
  void acceptsOrdinaryAddresses(String email) {
    assertThat(EmailRule.accepts(email)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"taro", "taro@localhost", "taro@@example.jp", "ta ro@example.jp"})
  void refusesWhatCannotBeAnAddress(String email) {
    assertThat(EmailRule.accepts(email)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ＳＴＵＤＥＮＴ@demo.wlink.jp",
        "<script>alert(1)</script>@x.com",
        "taro@ｅｘａｍｐｌｅ.jp",
        "' OR 1=1 --@x.com",
        "taro@-example.jp"
      })
  void refusesLookAlikesAndMarkup(String email) {
    assertThat(EmailRule.accepts(email)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 300})
  void refusesAddressesLongerThan254Characters(int length) {
    String email = "a".repeat(length - "@example.jp".length()) + "@example.jp";

    assertThat(EmailRule.accepts(email)).isFalse();
  }
}
