package jp.wlink.course.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import jp.wlink.course.adaptive.CourseMap;
import jp.wlink.course.adaptive.CourseMapBuilder;
import jp.wlink.course.learning.CourseShape.LessonShape;
import jp.wlink.course.learning.CourseShape.UnitShape;

/**
 * Turns a course's shape and the question bank's published items into the policy's {@link
 * CourseMap}. A skill belongs to the first unit (in course order) that teaches or tests it, and
 * needs the skills that belong to that unit's prerequisite units, so the skills' prerequisites
 * follow the units' and cannot form a cycle. A lesson is filed under its first skill; a lesson with
 * no skill is never recommended. An item practising several of the course's skills is filed under
 * the first of them.
 */
final class CourseMapping {
  private CourseMapping() {}

  /**
   * The map, with each skill's items from {@code itemsOfSkill} and their difficulty from {@code
   * difficulty} (item id, skill id).
   */
  static CourseMap map(
      CourseShape shape,
      Function<String, List<Long>> itemsOfSkill,
      ToDoubleBiFunction<Long, String> difficulty) {
    Map<String, Long> homeUnit = homeUnits(shape);
    Map<Long, UnitShape> units = new LinkedHashMap<>();
    shape.units().forEach(u -> units.put(u.unitId(), u));
    CourseMapBuilder map = CourseMap.builder(shape.courseId());

    homeUnit.forEach(
        (skill, unit) ->
            map.skill(skill, level(shape, skill), prerequisites(skill, units.get(unit), homeUnit)));
    for (UnitShape unit : shape.units()) {
      unit.lessons().stream()
          .filter(l -> !l.skills().isEmpty())
          .forEach(l -> map.lesson(l.lessonId(), l.skills().get(0)));
      if (!unit.checkpointSkills().isEmpty()) {
        map.checkpoint(unit.unitId(), unit.checkpointSkills().toArray(String[]::new));
      }
    }
    Set<Long> filed = new HashSet<>();
    for (String skill : homeUnit.keySet()) {
      for (long item : itemsOfSkill.apply(skill)) {
        if (filed.add(item)) {
          map.item(item, skill, difficulty.applyAsDouble(item, skill));
        }
      }
    }
    return map.build();
  }

  /** Each skill of the course and the first unit that teaches or tests it, in course order. */
  private static Map<String, Long> homeUnits(CourseShape shape) {
    Map<String, Long> home = new LinkedHashMap<>();
    for (UnitShape unit : shape.units()) {
      for (LessonShape lesson : unit.lessons()) {
        lesson.skills().forEach(skill -> home.putIfAbsent(skill, unit.unitId()));
      }
      unit.checkpointSkills().forEach(skill -> home.putIfAbsent(skill, unit.unitId()));
    }
    return home;
  }

  private static String[] prerequisites(String skill, UnitShape unit, Map<String, Long> home) {
    List<String> needed = new ArrayList<>();
    home.forEach(
        (other, otherUnit) -> {
          if (!other.equals(skill) && unit.prerequisites().contains(otherUnit)) {
            needed.add(other);
          }
        });
    return needed.toArray(String[]::new);
  }

  /** The course's level for the skill, or its first lesson's, or the course's own. */
  private static int level(CourseShape shape, String skill) {
    Integer listed = shape.skillLevels().get(skill);
    if (listed != null) {
      return listed;
    }
    return shape.units().stream()
        .flatMap(u -> u.lessons().stream())
        .filter(l -> l.skills().contains(skill))
        .mapToInt(LessonShape::level)
        .findFirst()
        .orElse(shape.courseLevel());
  }
}
