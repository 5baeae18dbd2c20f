package jp.wlink.web.courses;

import java.io.Serializable;
import java.util.List;
import jp.wlink.course.catalogue.CourseStatus;

/**
 * A course as its page shows it to one person: its units in order, each open or locked for them,
 * and whether they are previewing it as its editor.
 */
public record CourseOutline(
    CourseCard card,
    String certification,
    List<SkillLine> skills,
    List<UnitOutline> units,
    boolean editable)
    implements Serializable {

  /** A skill the course teaches and the level it reaches. */
  public record SkillLine(String skill, int level) implements Serializable {}

  /** A unit: open or locked, what it requires, its lessons and checkpoint. */
  public record UnitOutline(
      long id,
      int number,
      String title,
      String summary,
      boolean open,
      List<String> requiredTitles,
      List<LessonLink> lessons,
      List<String> checkpointSkills,
      int checkpointCount,
      int passPercent)
      implements Serializable {

    public boolean hasCheckpoint() {
      return checkpointCount > 0 && !checkpointSkills.isEmpty();
    }
  }

  /** A lesson in a unit's list. */
  public record LessonLink(long id, int number, String title, int level, int minutes)
      implements Serializable {}

  public boolean isDraft() {
    return card.status() == CourseStatus.DRAFT;
  }
}
