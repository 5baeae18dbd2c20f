package jp.wlink.course.learning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.SkillLevel;

/**
 * The parts of a course the next-activity policy needs, as plain values read from the catalogue:
 * its skills with their levels, and its units in order with their prerequisites, checkpoint skills
 * and lessons.
 */
public record CourseShape(
    long courseId, int courseLevel, Map<String, Integer> skillLevels, List<UnitShape> units) {

  public CourseShape {
    skillLevels = Map.copyOf(skillLevels);
    units = List.copyOf(units);
  }

  /** A unit: its prerequisite units, its checkpoint's skills (empty for none) and its lessons. */
  public record UnitShape(
      long unitId,
      Set<Long> prerequisites,
      List<String> checkpointSkills,
      List<LessonShape> lessons) {
    public UnitShape {
      prerequisites = Set.copyOf(prerequisites);
      checkpointSkills = List.copyOf(checkpointSkills);
      lessons = List.copyOf(lessons);
    }
  }

  /** A lesson: the skills it teaches, the first of which the policy files it under. */
  public record LessonShape(long lessonId, int level, List<String> skills) {
    public LessonShape {
      skills = List.copyOf(skills);
    }
  }

  /** The shape of a stored course. */
  public static CourseShape of(Course course) {
    Objects.requireNonNull(course);
    Map<String, Integer> levels = new java.util.LinkedHashMap<>();
    for (SkillLevel skill : course.getSkills()) {
      levels.put(skill.getSkill(), skill.getLevel());
    }
    List<UnitShape> units = course.getUnits().stream().map(CourseShape::unit).toList();
    return new CourseShape(course.getId(), course.getLevel(), levels, units);
  }

  private static UnitShape unit(CourseUnit unit) {
    Set<Long> required =
        unit.getPrerequisites().stream()
            .map(CourseUnit::getId)
            .collect(java.util.stream.Collectors.toSet());
    List<String> checkpoint = unit.hasCheckpoint() ? unit.getCheckpointSkills() : List.of();
    List<LessonShape> lessons = unit.getLessons().stream().map(CourseShape::lesson).toList();
    return new UnitShape(unit.getId(), required, checkpoint, lessons);
  }

  private static LessonShape lesson(Lesson lesson) {
    return new LessonShape(lesson.getId(), lesson.getLevel(), lesson.getSkills());
  }
}
