package jp.wlink.web.courses;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.wlink.course.catalogue.PublishProblem;
import jp.wlink.course.track.CareerJob;

/** What the authoring pages show of a course, a unit and a lesson, copied in one transaction. */
final class AuthoringViews {
  private AuthoringViews() {}

  /** A course being edited: its details with their version, its units, what stops publishing. */
  record CourseDraft(
      CourseCard card,
      long version,
      String certification,
      String skills,
      List<UnitRow> units,
      List<PublishProblem> problems,
      Set<CareerJob> tracks)
      implements Serializable {}

  /** A unit in its course's table. */
  record UnitRow(long id, int number, String title, int lessonCount, int checkpointCount)
      implements Serializable {}

  /** A unit being edited, with the other units it may require and its lessons. */
  record UnitDraft(
      long id,
      long courseId,
      String courseTitle,
      int number,
      String title,
      String summary,
      List<Long> requiredIds,
      List<UnitRow> otherUnits,
      String checkpointSkills,
      int checkpointCount,
      int passPercent,
      List<LessonRow> lessons)
      implements Serializable {}

  /** A lesson in its unit's table. */
  record LessonRow(long id, int number, String title, int minutes, boolean hasVideo)
      implements Serializable {}

  /** A lesson being edited, with its version so that a stale save is refused. */
  record LessonDraft(
      long id,
      long unitId,
      String unitTitle,
      long courseId,
      String courseTitle,
      long version,
      String title,
      String body,
      int level,
      int minutes,
      String skills,
      int practiceCount,
      LessonView.Video video,
      List<LessonView.AttachmentLink> attachments)
      implements Serializable {}
}
