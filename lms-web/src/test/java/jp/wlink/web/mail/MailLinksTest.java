package jp.wlink.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailLinksTest {
  @Test
  void joinsBaseUrlPageAndToken() {
    assertThat(MailLinks.withToken("https://wlink.example.jp", "/verify-email.xhtml", "abc_-9"))
        .isEqualTo("https://wlink.example.jp/verify-email.xhtml?token=abc_-9");
  }

  @Test
  void dropsTrailingSlashesOfTheBaseUrl() {
    assertThat(MailLinks.withToken(" http://localhost:8081// ", "/reset-password.xhtml", "t"))
        .isEqualTo("http://localhost:8081/reset-password.xhtml?token=t");
  }

  @Test
  void keepsAContextPathOfTheBaseUrl() {
    assertThat(MailLinks.withToken("https://example.jp/wlink/", "/verify-email.xhtml", "t"))
        .isEqualTo("https://example.jp/wlink/verify-email.xhtml?token=t");
  }

  @Test
  void encodesWhatCannotStandInAQuery() {
    assertThat(MailLinks.withToken("https://example.jp", "/verify-email.xhtml", "a+b/c=&d"))
        .endsWith("?token=a%2Bb%2Fc%3D%26d");
  }

  @Test
  void refusesARelativePagePath() {
    assertThatThrownBy(() -> MailLinks.withToken("https://example.jp", "verify.xhtml", "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
