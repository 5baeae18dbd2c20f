package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.DuplicateCourseCodeException;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.catalogue.NotCourseEditorException;
import jp.wlink.course.catalogue.NotPublishableException;
import jp.wlink.course.catalogue.StaleCourseException;
import jp.wlink.course.track.CareerJob;
import jp.wlink.course.track.CareerTracks;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseAuthoringPersistenceIT {
  private static final Clock CLOCK = Clock.fixed(TestRecords.NOW, ZoneOffset.UTC);

  private final TestDatabase db = TestDatabase.get();
  private CourseEditor host;
  private long courseId;

  @BeforeEach
  void createCourse() {
    long hostId = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    host = new CourseEditor(hostId, Set.of(), true, false);
    courseId =
        db.inTransaction(
            em -> {
              CourseAuthoring authoring = new CourseAuthoring(em, CLOCK);
              String code = CourseMappingPersistenceIT.code();
              long id =
                  authoring.create(host, code, CourseMappingPersistenceIT.details(), null).getId();
              for (String title : List.of("水源", "凝集", "ろ過")) {
                authoring.addUnit(host, id, CourseMappingPersistenceIT.unit(title));
              }
              return id;
            });
  }

  @Test
  void aCourseWithAnEmptyUnitIsRefusedThenPublishedOnceEveryUnitHasALesson() {
    assertThatThrownBy(() -> db.run(em -> authoring(em).publish(host, courseId)))
        .isInstanceOf(NotPublishableException.class);

    db.run(
        em -> {
          for (CourseUnit unit : course(em).getUnits()) {
            authoring(em).addLesson(host, unit.getId(), lesson(unit.getTitle()));
          }
          authoring(em).publish(host, courseId);
        });

    List<Course> published =
        db.inTransaction(em -> new CourseCatalogue(em).published(Optional.of(1)));
    assertThat(published).extracting(Course::getId).contains(courseId);
  }

  @Test
  void sanitisesALessonBodyBeforeStoringIt() {
    long unitId = db.inTransaction(em -> course(em).getUnits().get(0).getId());
    LessonDetails hostile =
        new LessonDetails(
            "危険", "<p onclick=\"x()\">残留塩素</p><script>alert(1)</script>", 1, 5, List.of(), 0);

    long lessonId = db.inTransaction(em -> authoring(em).addLesson(host, unitId, hostile).getId());

    Lesson stored = db.entityManager().find(Lesson.class, lessonId);
    assertThat(stored.getBody()).isEqualTo("<p>残留塩素</p>");
  }

  @Test
  void movesAUnitByDragAndKeepsTheOrderStored() {
    db.run(em -> authoring(em).moveUnit(host, courseId, 2, 0));

    Course stored = db.entityManager().find(Course.class, courseId);
    assertThat(stored.getUnits())
        .extracting(CourseUnit::getTitle)
        .containsExactly("ろ過", "水源", "凝集");
  }

  @Test
  void storesPrerequisitesAndRefusesACycle() {
    List<Long> ids =
        db.inTransaction(em -> course(em).getUnits().stream().map(CourseUnit::getId).toList());
    db.run(
        em ->
            authoring(em)
                .describeUnit(
                    host, ids.get(2), CourseMappingPersistenceIT.unit("ろ過"), List.of(ids.get(1))));

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        authoring(em)
                            .describeUnit(
                                host,
                                ids.get(1),
                                CourseMappingPersistenceIT.unit("凝集"),
                                List.of(ids.get(2)))))
        .isInstanceOf(IllegalArgumentException.class);
    CourseUnit third = db.entityManager().find(CourseUnit.class, ids.get(2));
    assertThat(third.getPrerequisites()).extracting(CourseUnit::getId).containsExactly(ids.get(1));
  }

  @Test
  void anotherHostMayNeitherEditNorSeeTheCourseAmongTheirs() {
    long otherId = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    CourseEditor other = new CourseEditor(otherId, Set.of(), true, false);

    assertThatThrownBy(() -> db.run(em -> authoring(em).moveUnit(other, courseId, 0, 1)))
        .isInstanceOf(NotCourseEditorException.class);
    List<Course> othersCourses = db.inTransaction(em -> new CourseCatalogue(em).editableBy(other));
    List<Course> hostsCourses = db.inTransaction(em -> new CourseCatalogue(em).editableBy(host));
    assertThat(othersCourses).isEmpty();
    assertThat(hostsCourses).extracting(Course::getId).containsExactly(courseId);
  }

  @Test
  void refusesAStaleEditAndADuplicateCode() {
    String code = db.inTransaction(em -> course(em).getCode());

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        authoring(em)
                            .describe(host, courseId, 99, CourseMappingPersistenceIT.details())))
        .isInstanceOf(StaleCourseException.class);
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        authoring(em)
                            .create(host, code, CourseMappingPersistenceIT.details(), null)))
        .isInstanceOf(DuplicateCourseCodeException.class);
  }

  @Test
  void placesACourseInTracksAtTheirEnd() {
    db.run(em -> new CareerTracks(em).place(courseId, Set.of(CareerJob.OFFICE_SALES)));

    Set<CareerJob> jobs = db.inTransaction(em -> new CareerTracks(em).tracksOf(courseId));
    db.run(em -> new CareerTracks(em).place(courseId, Set.of()));

    assertThat(jobs).containsExactly(CareerJob.OFFICE_SALES);
    Set<CareerJob> after = db.inTransaction(em -> new CareerTracks(em).tracksOf(courseId));
    assertThat(after).isEmpty();
  }

  private static CourseAuthoring authoring(jakarta.persistence.EntityManager em) {
    return new CourseAuthoring(em, CLOCK);
  }

  private Course course(jakarta.persistence.EntityManager em) {
    return em.find(Course.class, courseId);
  }

  private static LessonDetails lesson(String title) {
    return CourseMappingPersistenceIT.lesson(title + "の授業");
  }
}
