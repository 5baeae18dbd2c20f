package jp.wlink.web.account;

import java.util.regex.Pattern;

/**
 * What W/LINK accepts as an email address: an ASCII local part of the characters RFC 5322 allows
 * unquoted, one {@code @}, a dotted ASCII domain, at most 254 characters. Full-width look-alikes
 * and markup are refused; the verification link is the real check of the rest.
 */
// LIMITATION: internationalised addresses (UTF-8 local parts, 日本語 domains) are refused; they are
// rare, and many mail servers still reject them.
public final class EmailRule {
  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private EmailRule() {}

  public static boolean accepts(String email) {
    if (email == null) {
      return false;
    }
    String address = email.strip();
    return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
  }
}
