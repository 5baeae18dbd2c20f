package jp.wlink.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginDetourTest {
  @Test
  void remembersTheAskedPageWithItsQuery() {
    assertThat(LoginDetour.pageToRemember("GET", "/exams/take.xhtml", "attempt=12"))
        .contains("/exams/take.xhtml?attempt=12");
    assertThat(LoginDetour.pageToRemember("GET", "/dashboard.xhtml", null))
        .contains("/dashboard.xhtml");
  }

  @Test
  void remembersOnlyThePageOfAFormPost() {
    assertThat(LoginDetour.pageToRemember("POST", "/account/settings.xhtml", "x=1"))
        .contains("/account/settings.xhtml");
  }

  @Test
  void forgetsPathsThatABrowserWouldReadAsAnotherHost() {
    assertThat(LoginDetour.pageToRemember("GET", "//evil.example/login", null)).isEmpty();
    assertThat(LoginDetour.pageToRemember("GET", "/\\evil.example", null)).isEmpty();
    assertThat(LoginDetour.pageToRemember("GET", "/\t/evil.example", null)).isEmpty();
    assertThat(LoginDetour.pageToRemember("GET", "evil.example", null)).isEmpty();
  }
}
