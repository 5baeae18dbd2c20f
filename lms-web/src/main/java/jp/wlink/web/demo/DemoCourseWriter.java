package jp.wlink.web.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.course.track.CareerJob;
import jp.wlink.course.track.CareerTracks;
import jp.wlink.web.demo.DemoCourse.Lesson;
import jp.wlink.web.demo.DemoCourse.Unit;

/**
 * Writes demo courses through the same authoring service an author uses, so they obey the same
 * rules: real courses get their units, lessons, prerequisites and checkpoints and are published;
 * placeholders stay drafts. Then each career track lists its courses in plan order.
 */
final class DemoCourseWriter {
  private final CourseAuthoring authoring;
  private final CourseEditor editor;

  DemoCourseWriter(CourseAuthoring authoring, CourseEditor editor) {
    this.authoring = authoring;
    this.editor = editor;
  }

  /** The ids of the courses written, by code. */
  Map<String, Long> write(List<DemoCourse> courses, CareerTracks tracks) {
    Map<String, Long> ids = new HashMap<>();
    for (DemoCourse course : courses) {
      ids.put(course.code(), write(course));
    }

    for (CareerJob job : CareerJob.values()) {
      List<Long> inTrack = new ArrayList<>();
      courses.stream()
          .filter(course -> course.tracks().contains(job))
          .forEach(course -> inTrack.add(ids.get(course.code())));
      tracks.arrange(job, inTrack);
    }
    return ids;
  }

  private long write(DemoCourse course) {
    long id = authoring.create(editor, course.code(), details(course), null).getId();
    if (course.isPlaceholder()) {
      return id;
    }

    List<Long> unitIds = new ArrayList<>();
    for (Unit unit : course.units()) {
      unitIds.add(writeUnit(id, unit));
    }
    for (int i = 0; i < course.units().size(); i++) {
      Unit unit = course.units().get(i);
      List<Long> required = unit.requires().stream().map(n -> unitIds.get(n - 1)).toList();
      authoring.describeUnit(editor, unitIds.get(i), unitDetails(unit), required);
    }
    authoring.publish(editor, id);
    return id;
  }

  private long writeUnit(long courseId, Unit unit) {
    long unitId = authoring.addUnit(editor, courseId, unitDetails(unit)).getId();
    for (Lesson lesson : unit.lessons()) {
      LessonDetails details =
          new LessonDetails(
              lesson.title(),
              lesson.read(DemoCoursePlan.FOLDER),
              lesson.level(),
              lesson.minutes(),
              lesson.skills(),
              lesson.practiceCount());
      authoring.addLesson(editor, unitId, details);
    }
    return unitId;
  }

  private static UnitDetails unitDetails(Unit unit) {
    return new UnitDetails(
        unit.title(), unit.summary(), unit.skills(), unit.checkpointCount(), unit.passPercent());
  }

  /** Each skill reaches the highest level of the lessons that teach it. */
  private static CourseDetails details(DemoCourse course) {
    Map<String, Integer> levels = new HashMap<>();
    for (Unit unit : course.units()) {
      for (Lesson lesson : unit.lessons()) {
        lesson.skills().forEach(skill -> levels.merge(skill, lesson.level(), Math::max));
      }
    }
    List<SkillLevel> skills =
        course.skills().stream()
            .map(skill -> new SkillLevel(skill, levels.getOrDefault(skill, course.level())))
            .toList();
    return new CourseDetails(
        course.title(), course.summary(), course.level(), course.certification(), skills);
  }
}
