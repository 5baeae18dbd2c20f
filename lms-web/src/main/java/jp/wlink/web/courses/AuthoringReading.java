package jp.wlink.web.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.catalogue.PublishingRules;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.course.catalogue.VideoKind;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.course.track.CareerTracks;
import jp.wlink.web.courses.AuthoringViews.CourseDraft;
import jp.wlink.web.courses.AuthoringViews.LessonDraft;
import jp.wlink.web.courses.AuthoringViews.LessonRow;
import jp.wlink.web.courses.AuthoringViews.UnitDraft;
import jp.wlink.web.courses.AuthoringViews.UnitRow;

/**
 * What the authoring pages show, read in one transaction and only for an editor who may change the
 * course: anything else is empty, and the page answers 404.
 */
@ApplicationScoped
@Transactional
public class AuthoringReading {
  @Inject private CourseCatalogue catalogue;
  @Inject private CareerTracks tracks;
  @Inject private SkillCatalogue skills;

  public List<CourseCard> courses(CourseEditor editor) {
    return catalogue.editableBy(editor).stream().map(CourseCard::of).toList();
  }

  public Optional<CourseDraft> course(CourseEditor editor, long courseId) {
    return catalogue.find(courseId).filter(editor::mayEdit).map(this::draft);
  }

  public Optional<UnitDraft> unit(CourseEditor editor, long unitId) {
    return catalogue
        .unit(unitId)
        .filter(unit -> editor.mayEdit(unit.getCourse()))
        .map(AuthoringReading::draft);
  }

  public Optional<LessonDraft> lesson(CourseEditor editor, long lessonId) {
    return catalogue
        .lesson(lessonId)
        .filter(lesson -> editor.mayEdit(lesson.getUnit().getCourse()))
        .map(AuthoringReading::draft);
  }

  private CourseDraft draft(Course course) {
    return new CourseDraft(
        CourseCard.of(course),
        course.getVersion(),
        course.getCertification().orElse(""),
        SkillText.formatLevels(course.getSkills()),
        course.getUnits().stream().map(AuthoringReading::row).toList(),
        PublishingRules.check(course, skills.namedIds()),
        tracks.tracksOf(course.getId()));
  }

  private static UnitRow row(CourseUnit unit) {
    return new UnitRow(
        unit.getId(),
        unit.getPosition() + 1,
        unit.getTitle(),
        unit.getLessons().size(),
        unit.getCheckpointCount());
  }

  private static UnitDraft draft(CourseUnit unit) {
    UnitDetails details = unit.details();
    List<UnitRow> others =
        unit.getCourse().getUnits().stream()
            .filter(u -> u != unit)
            .map(AuthoringReading::row)
            .toList();
    return new UnitDraft(
        unit.getId(),
        unit.getCourse().getId(),
        unit.getCourse().getTitle(),
        unit.getPosition() + 1,
        details.title(),
        details.summary(),
        unit.getPrerequisites().stream().map(CourseUnit::getId).toList(),
        others,
        SkillText.format(details.checkpointSkills()),
        details.checkpointCount(),
        details.passPercent(),
        unit.getLessons().stream().map(AuthoringReading::row).toList());
  }

  private static LessonRow row(Lesson lesson) {
    return new LessonRow(
        lesson.getId(),
        lesson.getPosition() + 1,
        lesson.getTitle(),
        lesson.getMinutes(),
        lesson.getVideo().getKind() != VideoKind.NONE);
  }

  private static LessonDraft draft(Lesson lesson) {
    LessonDetails details = lesson.details();
    Course course = lesson.getUnit().getCourse();
    return new LessonDraft(
        lesson.getId(),
        lesson.getUnit().getId(),
        lesson.getUnit().getTitle(),
        course.getId(),
        course.getTitle(),
        lesson.getVersion(),
        details.title(),
        details.body(),
        details.level(),
        details.minutes(),
        SkillText.format(details.skills()),
        details.practiceCount(),
        LessonViews.video(lesson.getVideo()),
        lesson.getAttachments().stream().map(LessonViews::link).toList());
  }
}
