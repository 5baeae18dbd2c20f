package jp.wlink.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512 at the iteration count OWASP recommends. The
 * stored form carries its own parameters, so older hashes still verify after a change here.
 */
@ApplicationScoped
public class PasswordHasher {
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** Checked when no account matches, so a wrong email costs as long as a wrong password. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(PARAMETERS);
    decoy = pbkdf2.generate("decoy-password".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    return pbkdf2.verify(password, storedHash);
  }

  public void spendDecoyCheck(char[] password) {
    pbkdf2.verify(password, decoy);
  }
}
