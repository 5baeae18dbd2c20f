package jp.wlink.course.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The code printed on a certificate and typed on the public verification page: 12 random characters
 * in three groups ({@code 7KQ2-MX9D-4HTP}), 60 bits, from an alphabet without the look-alikes 0/O
 * and 1/I/L, so that it is read aloud and typed without mistakes. Typed codes are read without
 * regard to case, spaces or hyphens.
 */
public record VerificationCode(String value) {
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  public VerificationCode {
    Objects.requireNonNull(value);
    if (!value.matches("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}")) {
      throw new IllegalArgumentException("Not a verification code");
    }
  }

  public static VerificationCode random() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new VerificationCode(code.toString());
  }

  /** The code a person typed, or empty when it cannot be one. */
  public static Optional<VerificationCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String plain =
        java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s\\-ー－]", "");
    if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new VerificationCode(
            plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8)));
  }

  @Override
  public String toString() {
    return value;
  }
}
