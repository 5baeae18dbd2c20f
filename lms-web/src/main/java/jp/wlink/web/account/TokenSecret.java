package jp.wlink.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret part of a mailed link: 32 random bytes, URL-safe Base64 without padding. Only its
 * SHA-256 hash is stored, so a copy of the database holds no usable link; the secret is
 * unguessable, so the hash needs no salt.
 */
public record TokenSecret(String value) {
  static final int RANDOM_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  public TokenSecret {
    Objects.requireNonNull(value);
  }

  public static TokenSecret generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new TokenSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The lower-case hex SHA-256 of the value: 64 characters, as the database keeps it. */
  public String hash() {
    return hashOf(value);
  }

  public static String hashOf(String value) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }

  /** Keeps the secret out of logs and exception messages. */
  @Override
  public String toString() {
    return "TokenSecret[hidden]";
  }
}
