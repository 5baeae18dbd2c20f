package jp.wlink.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginCheckTest {
  private final OriginCheck check =
      OriginCheck.trusting(
          List.of(
              URI.create("http://localhost:8083/api/v1/session"),
              URI.create("https://wlink.example.jp")));

  @Test
  void letsSafeMethodsThroughFromAnywhere() {
    assertThat(check.allows("GET", "https://evil.example", null, null)).isTrue();
    assertThat(check.allows("head", null, null, null)).isTrue();
  }

  @Test
  void allowsAChangeFromTheSameOriginOrThePublicAddress() {
    assertThat(check.allows("POST", "http://localhost:8083", null, null)).isTrue();
    assertThat(check.allows("PATCH", "HTTPS://WLINK.example.jp:443", null, null)).isTrue();
  }

  @Test
  void refusesAChangeFromAnotherOrigin() {
    assertThat(check.allows("POST", "https://evil.example", null, null)).isFalse();
    assertThat(check.allows("POST", "http://localhost:9999", null, null)).isFalse();
    assertThat(check.allows("DELETE", "https://localhost:8083", null, null)).isFalse();
    assertThat(check.allows("PUT", "null", null, null)).isFalse();
  }

  @Test
  void judgesOriginBeforeRefererAndTheCustomHeader() {
    assertThat(
            check.allows(
                "POST", "https://evil.example", "http://localhost:8083/x", "XMLHttpRequest"))
        .isFalse();
  }

  @Test
  void judgesTheRefererWhenTheBrowserSentNoOrigin() {
    assertThat(check.allows("POST", null, "http://localhost:8083/dashboard.xhtml", null)).isTrue();
    assertThat(check.allows("POST", null, "https://evil.example/page", "XMLHttpRequest")).isFalse();
    assertThat(check.allows("POST", null, "not a uri", null)).isFalse();
  }

  @Test
  void acceptsTheCustomHeaderOnlyWithoutOriginOrReferer() {
    assertThat(check.allows("POST", null, null, "XMLHttpRequest")).isTrue();
    assertThat(check.allows("POST", null, null, null)).isFalse();
    assertThat(check.allows("POST", " ", "", "fetch")).isFalse();
  }

  @Test
  void dropsDefaultPortsAndCaseFromOrigins() {
    assertThat(OriginCheck.originOf(URI.create("HTTP://Example.JP:80/a?b")))
        .hasValue("http://example.jp");
    assertThat(OriginCheck.originOf(URI.create("https://example.jp:8443/")))
        .hasValue("https://example.jp:8443");
    assertThat(OriginCheck.originOf(URI.create("/relative"))).isEmpty();
  }
}
