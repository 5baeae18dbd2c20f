package jp.wlink.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseAuthoring;
import jp.wlink.course.catalogue.CourseEditor;
import jp.wlink.course.catalogue.CourseStatus;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.track.CareerJob;
import jp.wlink.course.track.CareerTrack;
import jp.wlink.course.track.CareerTracks;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportProgress;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo courses go through the real authoring service and the practice questions through the
 * real import, on MariaDB: the course is published with its prerequisites, placeholders stay
 * drafts, every track lists its courses, and a lesson's practice finds its questions.
 */
class DemoCoursesPersistenceIT {
  private final TestDatabase db = TestDatabase.get();
  @TempDir Path files;

  @Test
  void seedsThePublishedCourseThePlaceholdersAndTheTracks() {
    long host = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    CourseEditor editor = new CourseEditor(host, Set.of(), true, false);

    Map<String, Long> ids =
        db.inTransaction(
            em ->
                new DemoCourseWriter(new CourseAuthoring(em, Clock.systemUTC()), editor)
                    .write(DemoCoursePlan.COURSES, new CareerTracks(em)));

    Course course = db.entityManager().find(Course.class, ids.get("JOSUI-101"));
    assertThat(course.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
    assertThat(course.getCertification()).contains("SUIDO_SHISETSU_3");
    assertThat(course.getUnits()).hasSize(5);
    assertThat(course.getUnits().stream().mapToInt(u -> u.getLessons().size()).sum()).isEqualTo(12);
    assertThat(course.getUnits().get(4).getPrerequisites())
        .extracting(CourseUnit::getTitle)
        .containsExactlyInAnyOrder("ろ過", "消毒（塩素処理、残留塩素の管理）");
    assertThat(db.entityManager().find(Course.class, ids.get("GESUI-101")).getStatus())
        .isEqualTo(CourseStatus.DRAFT);
    List<CareerTrack> tracks = db.inTransaction(em -> new CareerTracks(em).all());
    assertThat(tracks).allSatisfy(track -> assertThat(track.getCourseIds()).isNotEmpty());
    assertThat(tracks.get(CareerJob.WATER_PURIFICATION.ordinal()).getCourseIds())
        .startsWith(ids.get("JOSUI-101"));
  }

  @Test
  void importsThePracticeQuestionsSoALessonsSkillsFindThem() {
    long host = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    ImportPreview preview =
        db.inTransaction(
            em ->
                staging(em)
                    .preview(
                        new DemoQuestions(DemoQuestionsTest.BLUEPRINTS)
                            .readCourseFile(
                                DemoCoursePlan.QUESTIONS,
                                DemoCoursePlan.JOSUI_KISO.certification())));
    db.run(em -> staging(em).commit(preview, true, host, ImportProgress.IGNORED));

    int coagulation =
        db.inTransaction(em -> new PublishedQuestions(em).bySkills(List.of("josui.coagulation")))
            .size();

    List<String> certificationSkills =
        db.inTransaction(
            em -> new PublishedQuestions(em).skillsOfCertification("SUIDO_SHISETSU_3"));

    assertThat(preview.problems()).isEmpty();
    assertThat(coagulation).isGreaterThanOrEqualTo(5);
    assertThat(certificationSkills).contains("josui.coagulation", "josui.disinfection");
  }

  private ImportStaging staging(jakarta.persistence.EntityManager em) {
    return new ImportStaging(em, new QuestionBank(em), new QuestionFiles(files));
  }
}
