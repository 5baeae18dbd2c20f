package jp.wlink.web.courses.progress;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.web.testing.TestRecords;

/** A published course of some units with some lessons each, every unit with a checkpoint. */
record CourseFixture(long courseId, List<Long> unitIds, List<Long> lessonIds) {
  static CourseFixture published(
      EntityManager em, long ownerId, String title, int units, int lessonsPerUnit, Instant now) {
    Course course =
        new Course(
            TestRecords.unique("E-").toUpperCase(Locale.ROOT),
            new CourseDetails(
                title,
                "進み具合の試験用の講座です。",
                1,
                Optional.empty(),
                List.of(new SkillLevel("josui.source", 1))),
            ownerId,
            null,
            now);
    for (int u = 1; u <= units; u++) {
      CourseUnit unit =
          course.addUnit(new UnitDetails("単元" + u, "", List.of("josui.source"), 5, 60), now);
      for (int l = 1; l <= lessonsPerUnit; l++) {
        unit.addLesson(
            new LessonDetails("授業" + u + "-" + l, "<p>本文</p>", 1, 10, List.of("josui.source"), 5));
      }
    }
    course.publish(now, new SkillCatalogue(em, Clock.systemUTC()).namedIds());
    em.persist(course);
    em.flush();
    return new CourseFixture(course.getId(), unitIds(course), lessonIds(course));
  }

  /** Makes the course aim at a certification, its one skill taught at {@code skillLevel}. */
  void aimAt(EntityManager em, String certification, int skillLevel, Instant now) {
    Course course = em.find(Course.class, courseId);
    course.describe(
        new CourseDetails(
            course.getTitle(),
            course.getSummary(),
            1,
            Optional.of(certification),
            List.of(new SkillLevel("josui.source", skillLevel))),
        now);
  }

  private static List<Long> unitIds(Course course) {
    return course.getUnits().stream().map(CourseUnit::getId).toList();
  }

  private static List<Long> lessonIds(Course course) {
    List<Long> ids = new ArrayList<>();
    for (CourseUnit unit : course.getUnits()) {
      unit.getLessons().stream().map(Lesson::getId).forEach(ids::add);
    }
    return ids;
  }
}
