package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.catalogue.Attachment;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.catalogue.LessonVideo;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.course.catalogue.VideoKind;
import jp.wlink.course.track.CareerJob;
import jp.wlink.course.track.CareerTrack;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

class CourseMappingPersistenceIT {
  private final TestDatabase db = TestDatabase.get();

  @Test
  void storesACourseWithUnitsLessonsAndTheirParts() {
    long courseId =
        db.inTransaction(
            em -> {
              long owner = TestRecords.account(em, Role.HOST).getId();
              long organisation = TestRecords.organisation(em, "水道局").getId();
              Course course = new Course(code(), details(), owner, organisation, TestRecords.NOW);
              CourseUnit first = course.addUnit(unit("水源と原水水質"), TestRecords.NOW);
              CourseUnit second = course.addUnit(unit("凝集・沈殿"), TestRecords.NOW);
              Lesson lesson = first.addLesson(lesson("河川水と地下水"));
              lesson.showVideo(
                  LessonVideo.uploaded(
                      "a".repeat(64) + ".mp4",
                      Optional.of("b".repeat(64) + ".png"),
                      Optional.of("c".repeat(64) + ".vtt")));
              lesson.attach(new Attachment("d".repeat(64) + ".pdf", "水質基準の表.pdf", 12_345));
              second.addLesson(lesson("凝集剤の働き"));
              em.persist(course);
              em.flush();
              second.requireOnly(Set.of(first));
              return course.getId();
            });

    Course stored = db.entityManager().find(Course.class, courseId);

    assertThat(stored.getSkills())
        .containsExactly(new SkillLevel("josui.source", 1), new SkillLevel("josui.coagulation", 2));
    assertThat(stored.getUnits())
        .extracting(CourseUnit::getTitle)
        .containsExactly("水源と原水水質", "凝集・沈殿");
    CourseUnit second = stored.getUnits().get(1);
    assertThat(second.getPrerequisites())
        .extracting(CourseUnit::getTitle)
        .containsExactly("水源と原水水質");
    assertThat(second.getCheckpointSkills()).containsExactly("josui.source");
    Lesson lesson = stored.getUnits().get(0).getLessons().get(0);
    assertThat(lesson.getVideo().getKind()).isEqualTo(VideoKind.UPLOADED);
    assertThat(lesson.getVideo().getSubtitles()).contains("c".repeat(64) + ".vtt");
    assertThat(lesson.getAttachments())
        .extracting(Attachment::getTitle)
        .containsExactly("水質基準の表.pdf");
    assertThat(lesson.getSkills()).containsExactly("josui.source");
  }

  @Test
  void keepsTheOrderOfUnitsAndLessonsAfterAMove() {
    long courseId =
        db.inTransaction(
            em -> {
              long owner = TestRecords.account(em, Role.HOST).getId();
              Course course = new Course(code(), details(), owner, null, TestRecords.NOW);
              for (String title : List.of("一", "二", "三")) {
                CourseUnit unit = course.addUnit(unit(title), TestRecords.NOW);
                unit.addLesson(lesson(title + "の1"));
                unit.addLesson(lesson(title + "の2"));
              }
              em.persist(course);
              em.flush();
              return course.getId();
            });

    db.run(
        em -> {
          Course course = em.find(Course.class, courseId);
          course.moveUnit(2, 0, TestRecords.NOW);
          course.getUnits().get(1).moveLesson(1, 0);
        });

    Course stored = db.entityManager().find(Course.class, courseId);
    assertThat(stored.getUnits()).extracting(CourseUnit::getTitle).containsExactly("三", "一", "二");
    assertThat(stored.getUnits()).extracting(CourseUnit::getPosition).containsExactly(0, 1, 2);
    assertThat(stored.getUnits().get(1).getLessons())
        .extracting(Lesson::getTitle)
        .containsExactly("一の2", "一の1");
  }

  @Test
  void keepsATracksCoursesInOrder() {
    long[] ids =
        db.inTransaction(
            em -> {
              long owner = TestRecords.account(em, Role.HOST).getId();
              Course a = new Course(code(), details(), owner, null, TestRecords.NOW);
              Course b = new Course(code(), details(), owner, null, TestRecords.NOW);
              em.persist(a);
              em.persist(b);
              em.createQuery("DELETE FROM CareerTrack t WHERE t.job = :job")
                  .setParameter("job", CareerJob.WATER_QUALITY)
                  .executeUpdate();
              CareerTrack track = new CareerTrack(CareerJob.WATER_QUALITY);
              em.persist(track);
              em.flush();
              track.arrange(List.of(b.getId(), a.getId(), b.getId()));
              return new long[] {track.getId(), a.getId(), b.getId()};
            });

    CareerTrack stored = db.entityManager().find(CareerTrack.class, ids[0]);

    assertThat(stored.getCourseIds()).containsExactly(ids[2], ids[1]);
  }

  static String code() {
    return TestRecords.unique("T-").toUpperCase(java.util.Locale.ROOT);
  }

  static CourseDetails details() {
    return new CourseDetails(
        "浄水処理の基礎",
        "浄水場の仕組みを学びます。",
        1,
        Optional.empty(),
        List.of(new SkillLevel("josui.source", 1), new SkillLevel("josui.coagulation", 2)));
  }

  static UnitDetails unit(String title) {
    return new UnitDetails(title, "", List.of("josui.source"), 5, 60);
  }

  static LessonDetails lesson(String title) {
    return new LessonDetails(title, "<p>本文</p>", 1, 10, List.of("josui.source"), 5);
  }
}
