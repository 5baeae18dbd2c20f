package jp.wlink.web.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.wlink.course.catalogue.CompletedUnits;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.Prerequisites;
import jp.wlink.course.track.CareerTrack;
import jp.wlink.course.track.CareerTracks;
import jp.wlink.web.courses.CourseOutline.LessonLink;
import jp.wlink.web.courses.CourseOutline.SkillLine;
import jp.wlink.web.courses.CourseOutline.UnitOutline;

/**
 * What the learner pages show, copied out of the catalogue inside one transaction. A draft course
 * is visible only to those who may edit it (as a preview); a lesson of a locked unit is open only
 * to them.
 */
@ApplicationScoped
@Transactional
public class CourseReading {
  @Inject private CourseCatalogue catalogue;
  @Inject private CareerTracks tracks;
  @Inject private CompletedUnits completedUnits;

  /** Published courses, of one level when given, of one track's courses when given. */
  public List<CourseCard> catalogue(Optional<Integer> level, Optional<Set<Long>> onlyIds) {
    return catalogue.published(level).stream()
        .filter(course -> onlyIds.map(ids -> ids.contains(course.getId())).orElse(true))
        .map(CourseCard::of)
        .toList();
  }

  /** Every track with its courses; drafts are listed too, so a plan shows what is coming. */
  public List<TrackView> tracks() {
    List<CareerTrack> all = tracks.all();
    Set<Long> ids =
        all.stream().flatMap(t -> t.getCourseIds().stream()).collect(Collectors.toSet());
    Map<Long, CourseCard> cards =
        catalogue.byIds(ids).stream()
            .map(CourseCard::of)
            .collect(Collectors.toMap(CourseCard::id, Function.identity()));
    return all.stream()
        .map(
            track ->
                new TrackView(
                    track.getJob(),
                    track.getCourseIds().stream()
                        .map(cards::get)
                        .filter(java.util.Objects::nonNull)
                        .toList()))
        .toList();
  }

  public Optional<CourseOutline> outline(long courseId, long viewerId, CourseEditor editor) {
    return catalogue
        .find(courseId)
        .filter(course -> course.isPublished() || editor.mayEdit(course))
        .map(course -> outline(course, completedUnits.of(viewerId, courseId), editor));
  }

  public Optional<LessonView> lesson(long lessonId, long viewerId, CourseEditor editor) {
    Optional<Lesson> found = catalogue.lesson(lessonId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Lesson lesson = found.get();
    Course course = lesson.getUnit().getCourse();
    boolean editable = editor.mayEdit(course);
    if (!course.isPublished() && !editable) {
      return Optional.empty();
    }
    Set<Long> completed = completedUnits.of(viewerId, course.getId());
    boolean open = editable || Prerequisites.isOpen(lesson.getUnit(), completed);
    return Optional.of(LessonViews.of(lesson, course, sequence(course), open));
  }

  private static CourseOutline outline(Course course, Set<Long> completed, CourseEditor editor) {
    List<UnitOutline> units = new ArrayList<>();
    for (CourseUnit unit : course.getUnits()) {
      units.add(unitOutline(unit, Prerequisites.isOpen(unit, completed)));
    }
    return new CourseOutline(
        CourseCard.of(course),
        course.getCertification().orElse(null),
        course.getSkills().stream().map(s -> new SkillLine(s.getSkill(), s.getLevel())).toList(),
        units,
        editor.mayEdit(course));
  }

  private static UnitOutline unitOutline(CourseUnit unit, boolean open) {
    List<LessonLink> lessons = new ArrayList<>();
    for (Lesson lesson : unit.getLessons()) {
      lessons.add(
          new LessonLink(
              lesson.getId(),
              lesson.getPosition() + 1,
              lesson.getTitle(),
              lesson.getLevel(),
              lesson.getMinutes()));
    }
    List<String> required =
        unit.getPrerequisites().stream()
            .sorted(java.util.Comparator.comparingInt(CourseUnit::getPosition))
            .map(CourseUnit::getTitle)
            .toList();
    return new UnitOutline(
        unit.getId(),
        unit.getPosition() + 1,
        unit.getTitle(),
        unit.getSummary(),
        open,
        required,
        lessons,
        unit.getCheckpointSkills(),
        unit.getCheckpointCount(),
        unit.getCheckpointPassPercent());
  }

  /** Every lesson of the course in reading order, for previous and next links. */
  private static List<Lesson> sequence(Course course) {
    return course.getUnits().stream().flatMap(unit -> unit.getLessons().stream()).toList();
  }
}
