package jp.wlink.question.format.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * Moodle's category paths ({@code $course$/top/法規/下水道法}) as the bank's category path ({@code [法規,
 * 下水道法]}): the context ({@code $course$}, {@code $module$}...) and Moodle's own {@code top} are
 * dropped; {@code //} inside a name is an escaped slash.
 */
public final class MoodleCategories {
  private static final String TOP = "top";
  private static final String SLASH_PLACEHOLDER = "\u0000";

  private MoodleCategories() {}

  public static List<String> parse(String path) {
    String[] parts = path.strip().replace("//", SLASH_PLACEHOLDER).split("/");
    List<String> names = new ArrayList<>();
    for (String part : parts) {
      String name = part.replace(SLASH_PLACEHOLDER, "/").strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    if (!names.isEmpty() && names.get(0).startsWith("$") && names.get(0).endsWith("$")) {
      names.remove(0);
    }
    if (!names.isEmpty() && names.get(0).equals(TOP)) {
      names.remove(0);
    }
    return names;
  }

  /** The path Moodle reads back into the same category, under the course's top category. */
  public static String format(List<String> categoryPath) {
    StringBuilder path = new StringBuilder("$course$/top");
    for (String name : categoryPath) {
      path.append('/').append(name.replace("/", "//"));
    }
    return path.toString();
  }
}
