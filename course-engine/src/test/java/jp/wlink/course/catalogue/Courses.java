package jp.wlink.course.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds courses for unit tests: a draft with the given units, each with n lessons. */
final class Courses {
  static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
  static final long OWNER = 7;

  /** The skills the catalogue names in these tests: the draft's own. */
  static final Set<String> NAMED_SKILLS = Set.of("josui.filtration");

  private Courses() {}

  static Course draft() {
    return new Course("JOSUI-101", details(), OWNER, null, NOW);
  }

  static Course withUnits(String... titles) {
    Course course = draft();
    for (String title : titles) {
      course.addUnit(unit(title), NOW).addLesson(lesson(title + "-1"));
    }
    return course;
  }

  static CourseDetails details() {
    return new CourseDetails(
        "浄水処理の基礎", "概要", 1, Optional.empty(), List.of(new SkillLevel("josui.filtration", 2)));
  }

  static UnitDetails unit(String title) {
    return new UnitDetails(title, "", List.of("josui.filtration"), 5, 60);
  }

  static LessonDetails lesson(String title) {
    return new LessonDetails(title, "<p>本文</p>", 1, 10, List.of("josui.filtration"), 5);
  }

  static List<String> unitTitles(Course course) {
    return course.getUnits().stream().map(CourseUnit::getTitle).toList();
  }
}
