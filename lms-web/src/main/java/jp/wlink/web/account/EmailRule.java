package jp.wlink.web.account;

import java.util.regex.Pattern;

/**
 * What W/LINK accepts as an email address: one {@code @}, a dotted domain, no spaces, at most 254
 * characters. Deliberately loose; the verification link is the real check.
 */
public final class EmailRule {
  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private EmailRule() {}

  public static boolean accepts(String email) {
    if (email == null) {
      return false;
    }
    String address = email.strip();
    return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
  }
}
