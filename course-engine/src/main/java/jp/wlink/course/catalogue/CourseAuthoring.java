package jp.wlink.course.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.wlink.course.skills.SkillCatalogue;
import jp.wlink.question.text.RichTextSanitiser;

/**
 * Creating and changing courses, their units and lessons. Every call names the editor and is
 * refused with {@link NotCourseEditorException} when they may not change the course; lesson bodies
 * are sanitised here, so nothing that could run is ever stored. Each call is one transaction, and
 * every change inside a course marks the course as updated.
 */
@ApplicationScoped
@Transactional
public class CourseAuthoring {
  private static final Logger LOG = Logger.getLogger(CourseAuthoring.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  private Clock clock = Clock.systemUTC();
  private final RichTextSanitiser sanitiser = new RichTextSanitiser();

  protected CourseAuthoring() {}

  /** For use outside a container (persistence tests), in the caller's transaction. */
  public CourseAuthoring(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A new draft course owned by the editor. */
  public Course create(CourseEditor editor, String code, CourseDetails details, Long organisation) {
    if (!editor.mayCreateFor(organisation)) {
      throw new NotCourseEditorException(editor.accountId(), null);
    }
    if (new CourseCatalogue(em).byCode(code).isPresent()) {
      throw new DuplicateCourseCodeException(code);
    }
    Course course = new Course(code, details, editor.accountId(), organisation, now());
    em.persist(course);
    em.flush();

    LOG.info(() -> "Created course " + course.getId() + " (" + code + ")");
    return course;
  }

  /** New details for a course last read at {@code expectedVersion}. */
  public Course describe(
      CourseEditor editor, long courseId, long expectedVersion, CourseDetails details) {
    Course course = editable(editor, courseId);
    if (course.getVersion() != expectedVersion) {
      throw new StaleCourseException("course " + courseId, expectedVersion, course.getVersion());
    }
    course.describe(details, now());
    return course;
  }

  public CourseUnit addUnit(CourseEditor editor, long courseId, UnitDetails details) {
    Course course = editable(editor, courseId);
    CourseUnit unit = course.addUnit(details, now());
    em.flush();
    return unit;
  }

  /** New details and prerequisites (ids of units of the same course) for a unit. */
  public CourseUnit describeUnit(
      CourseEditor editor, long unitId, UnitDetails details, Collection<Long> requiredIds) {
    CourseUnit unit = editableUnit(editor, unitId);
    Course course = unit.getCourse();
    Set<CourseUnit> required = requiredIds.stream().map(course::unit).collect(Collectors.toSet());
    unit.requireOnly(required);
    unit.describe(details);
    course.touch(now());
    return unit;
  }

  public void removeUnit(CourseEditor editor, long unitId) {
    CourseUnit unit = editableUnit(editor, unitId);
    unit.getCourse().removeUnit(unit, now());
    LOG.info(() -> "Removed unit " + unitId + " from course " + unit.getCourse().getId());
  }

  /** Moves a unit from one place to another (0-based), as dragging its row does. */
  public void moveUnit(CourseEditor editor, long courseId, int from, int to) {
    editable(editor, courseId).moveUnit(from, to, now());
  }

  /** Adds a lesson at the end of the unit; {@code details.body()} is sanitised first. */
  public Lesson addLesson(CourseEditor editor, long unitId, LessonDetails details) {
    CourseUnit unit = editableUnit(editor, unitId);
    Lesson lesson = unit.addLesson(sanitised(details));
    unit.getCourse().touch(now());
    em.flush();
    return lesson;
  }

  /** New details for a lesson last read at {@code expectedVersion}; the body is sanitised. */
  public Lesson describeLesson(
      CourseEditor editor, long lessonId, long expectedVersion, LessonDetails details) {
    Lesson lesson = editableLesson(editor, lessonId);
    if (lesson.getVersion() != expectedVersion) {
      throw new StaleCourseException("lesson " + lessonId, expectedVersion, lesson.getVersion());
    }
    lesson.describe(sanitised(details));
    lesson.getUnit().getCourse().touch(now());
    return lesson;
  }

  public void moveLesson(CourseEditor editor, long unitId, int from, int to) {
    CourseUnit unit = editableUnit(editor, unitId);
    unit.moveLesson(from, to);
    unit.getCourse().touch(now());
  }

  public void removeLesson(CourseEditor editor, long lessonId) {
    Lesson lesson = editableLesson(editor, lessonId);
    lesson.getUnit().removeLesson(lesson);
    lesson.getUnit().getCourse().touch(now());
    LOG.info(() -> "Removed lesson " + lessonId);
  }

  public void showVideo(CourseEditor editor, long lessonId, LessonVideo video) {
    Lesson lesson = editableLesson(editor, lessonId);
    lesson.showVideo(video);
    lesson.getUnit().getCourse().touch(now());
  }

  /** Replaces the lesson's video with what {@code change} makes of the current one. */
  public void reviseVideo(CourseEditor editor, long lessonId, UnaryOperator<LessonVideo> change) {
    Lesson lesson = editableLesson(editor, lessonId);
    lesson.showVideo(change.apply(lesson.getVideo()));
    lesson.getUnit().getCourse().touch(now());
  }

  public void attach(CourseEditor editor, long lessonId, Attachment attachment) {
    Lesson lesson = editableLesson(editor, lessonId);
    lesson.attach(attachment);
    lesson.getUnit().getCourse().touch(now());
  }

  public void detach(CourseEditor editor, long lessonId, int index) {
    Lesson lesson = editableLesson(editor, lessonId);
    lesson.detach(index);
    lesson.getUnit().getCourse().touch(now());
  }

  /**
   * Publishes the course.
   *
   * @throws NotPublishableException listing what the course still lacks
   */
  public void publish(CourseEditor editor, long courseId) {
    Set<String> namedSkills = new SkillCatalogue(em, clock).namedIds();
    editable(editor, courseId).publish(now(), namedSkills);
    LOG.info(() -> "Published course " + courseId);
  }

  /** Takes the course back to a draft; learners no longer see it. */
  public void withdraw(CourseEditor editor, long courseId) {
    editable(editor, courseId).withdraw(now());
    LOG.info(() -> "Withdrew course " + courseId + " to draft");
  }

  private LessonDetails sanitised(LessonDetails details) {
    return new LessonDetails(
        details.title(),
        sanitiser.sanitise(details.body()),
        details.level(),
        details.minutes(),
        details.skills(),
        details.practiceCount());
  }

  private Course editable(CourseEditor editor, long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      throw new UnknownCourseException("course " + courseId);
    }
    if (!editor.mayEdit(course)) {
      throw new NotCourseEditorException(editor.accountId(), courseId);
    }
    return course;
  }

  private CourseUnit editableUnit(CourseEditor editor, long unitId) {
    CourseUnit unit = em.find(CourseUnit.class, unitId);
    if (unit == null) {
      throw new UnknownCourseException("unit " + unitId);
    }
    editable(editor, unit.getCourse().getId());
    return unit;
  }

  private Lesson editableLesson(CourseEditor editor, long lessonId) {
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw new UnknownCourseException("lesson " + lessonId);
    }
    editable(editor, lesson.getUnit().getCourse().getId());
    return lesson;
  }

  private Instant now() {
    return clock.instant();
  }
}
