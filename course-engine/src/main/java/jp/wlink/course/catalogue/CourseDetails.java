package jp.wlink.course.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an author says about a course: title, summary (plain text), level 1–5, an optional target
 * certification (a question-bank blueprint code) and the skills it teaches with their levels.
 */
public record CourseDetails(
    String title,
    String summary,
    int level,
    Optional<String> certification,
    List<SkillLevel> skills) {
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 2000;

  public CourseDetails {
    title = Texts.required(title, MAX_TITLE, "title");
    summary = Texts.optional(summary, MAX_SUMMARY, "summary");
    Levels.check(level);
    certification =
        Objects.requireNonNull(certification).map(String::strip).filter(c -> !c.isEmpty());
    skills = List.copyOf(skills);
    if (skills.stream().map(SkillLevel::getSkill).distinct().count() != skills.size()) {
      throw new IllegalArgumentException("a skill is named twice");
    }
  }
}
