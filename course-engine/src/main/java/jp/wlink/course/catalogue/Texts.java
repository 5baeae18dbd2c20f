package jp.wlink.course.catalogue;

/** Checks of the plain texts authors type: stripped, required or optional, bounded. */
final class Texts {
  private Texts() {}

  static String required(String text, int max, String what) {
    String stripped = optional(text, max, what);
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return stripped;
  }

  static String optional(String text, int max, String what) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(what + " longer than " + max);
    }
    return stripped;
  }
}
