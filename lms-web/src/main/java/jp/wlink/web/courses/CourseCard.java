package jp.wlink.web.courses;

import java.io.Serializable;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseStatus;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;

/** A course as a list shows it: what it is, its level and how long it takes. */
public record CourseCard(
    long id,
    String code,
    String title,
    String summary,
    int level,
    CourseStatus status,
    int unitCount,
    int lessonCount,
    int minutes)
    implements Serializable {

  static CourseCard of(Course course) {
    int lessons = 0;
    int minutes = 0;
    for (CourseUnit unit : course.getUnits()) {
      for (Lesson lesson : unit.getLessons()) {
        lessons++;
        minutes += lesson.getMinutes();
      }
    }
    return new CourseCard(
        course.getId(),
        course.getCode(),
        course.getTitle(),
        course.getSummary(),
        course.getLevel(),
        course.getStatus(),
        course.getUnits().size(),
        lessons,
        minutes);
  }

  public boolean isPublished() {
    return status == CourseStatus.PUBLISHED;
  }
}
