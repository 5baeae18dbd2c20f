package jp.wlink.course.skills;

import java.util.ArrayList;
import java.util.List;

/**
 * A skill's name in Japanese (required) and English (optional: English pages then show the Japanese
 * name), each at most {@value #MAX_LENGTH} characters after surrounding spaces are cut.
 */
public record SkillName(String japanese, String english) {
  public static final int MAX_LENGTH = 100;

  public SkillName {
    japanese = japanese == null ? "" : japanese.strip();
    english = english == null || english.isBlank() ? null : english.strip();
  }

  /** What is wrong with the names, empty when they may be stored. */
  public List<SkillProblem> problems() {
    List<SkillProblem> problems = new ArrayList<>();
    if (japanese.isEmpty()) {
      problems.add(SkillProblem.NAME_JA_REQUIRED);
    } else if (japanese.length() > MAX_LENGTH) {
      problems.add(SkillProblem.NAME_JA_TOO_LONG);
    }
    if (english != null && english.length() > MAX_LENGTH) {
      problems.add(SkillProblem.NAME_EN_TOO_LONG);
    }
    return problems;
  }

  /** The name for English pages: the English one when given, else the Japanese one. */
  public String inEnglish() {
    return english == null ? japanese : english;
  }
}
