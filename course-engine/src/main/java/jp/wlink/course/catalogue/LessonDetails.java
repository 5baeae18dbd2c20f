package jp.wlink.course.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * What an author says about a lesson: title, body as already sanitised HTML, level 1–5, the minutes
 * it takes, the skills it teaches and how many practice questions a learner is given from the
 * question bank for those skills (0 for no practice).
 */
public record LessonDetails(
    String title, String body, int level, int minutes, List<String> skills, int practiceCount) {
  public static final int MAX_BODY = 200_000;
  public static final int MAX_MINUTES = 600;
  public static final int MAX_PRACTICE = 50;

  public LessonDetails {
    title = Texts.required(title, CourseDetails.MAX_TITLE, "title");
    body = Objects.requireNonNull(body, "body");
    if (body.length() > MAX_BODY) {
      throw new IllegalArgumentException("body too long: " + body.length());
    }
    Levels.check(level);
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw new IllegalArgumentException("minutes out of range: " + minutes);
    }
    skills = Skills.distinct(skills);
    if (practiceCount < 0 || practiceCount > MAX_PRACTICE) {
      throw new IllegalArgumentException("practice questions out of range: " + practiceCount);
    }
  }

  public boolean hasPractice() {
    return practiceCount > 0 && !skills.isEmpty();
  }
}
