package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {
  @Test
  void generatesThirtyTwoRandomBytesAsUrlSafeBase64WithoutPadding() {
    String value = TokenSecret.generate().value();

    assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(Base64.getUrlDecoder().decode(value)).hasSize(TokenSecret.RANDOM_BYTES);
  }

  @Test
  void neverGeneratesTheSameSecretTwice() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(TokenSecret.generate().value());
    }

    assertThat(seen).hasSize(1000);
  }

  @Test
  void hashesWithSha256AsLowerCaseHex() {
    // The SHA-256 of "abc" from FIPS 180-2, appendix B.1.
    assertThat(new TokenSecret("abc").hash())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashFitsTheColumnAndDiffersFromTheSecret() {
    TokenSecret secret = TokenSecret.generate();

    assertThat(secret.hash()).hasSize(64).isNotEqualTo(secret.value());
    assertThat(TokenSecret.hashOf(secret.value())).isEqualTo(secret.hash());
  }

  @Test
  void keepsTheSecretOutOfItsTextForm() {
    TokenSecret secret = TokenSecret.generate();

    assertThat(secret.toString()).doesNotContain(secret.value());
  }
}
