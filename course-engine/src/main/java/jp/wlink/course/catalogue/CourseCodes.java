package jp.wlink.course.catalogue;

import java.util.regex.Pattern;

/**
 * A course's code: its stable name in links and exports, upper-case letters, digits and dashes
 * ({@code JOSUI-101}), at most 40 characters. It never changes once the course exists.
 */
public final class CourseCodes {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
  private static final int MAX = 40;

  private CourseCodes() {}

  public static boolean isValid(String code) {
    return code != null && code.length() <= MAX && CODE.matcher(code).matches();
  }

  public static String check(String code) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("not a course code: " + code);
    }
    return code;
  }
}
