package jp.wlink.course.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Skill ids as the question bank tags questions with them: lower-case words joined by dots, dashes
 * or underscores ({@code josui.coagulation}), at most {@value #MAX_LENGTH} characters.
 */
public final class Skills {
  public static final int MAX_LENGTH = 100;
  private static final Pattern SKILL = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

  private Skills() {}

  public static boolean isValid(String skill) {
    return skill != null && skill.length() <= MAX_LENGTH && SKILL.matcher(skill).matches();
  }

  /** The skill unchanged, or an exception naming it when it is not a valid id. */
  public static String check(String skill) {
    if (!isValid(skill)) {
      throw new IllegalArgumentException("not a skill id: " + skill);
    }
    return skill;
  }

  /** The skills in their first order, without repeats; every one must be valid. */
  public static List<String> distinct(List<String> skills) {
    List<String> checked = new ArrayList<>();
    for (String skill : new LinkedHashSet<>(skills)) {
      checked.add(check(skill));
    }
    return checked;
  }
}
