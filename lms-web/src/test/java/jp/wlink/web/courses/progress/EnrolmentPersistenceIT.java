package jp.wlink.web.courses.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.enrolment.EnrolmentRefused;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.enrolment.ListedRow;
import jp.wlink.course.enrolment.NotEnrolledException;
import jp.wlink.course.enrolment.PreviewRow;
import jp.wlink.course.enrolment.RowProblem;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnrolmentPersistenceIT {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  private final TestDatabase db = TestDatabase.get();
  private final EngineOnDatabase engine = new EngineOnDatabase(db, START);

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void enrolsALearnerOnceHoweverOftenTheyAsk() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course(2, 2);

    Enrolment first = engine.tx(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
    Enrolment again = engine.tx(() -> engine.enrolments.enrolSelf(course.courseId(), learner));

    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(engine.enrolments.learnersOn(course.courseId())).containsExactly(learner);
  }

  @Test
  void refusesADraftCourse() {
    long[] ids =
        db.inTransaction(
            em -> {
              long owner = TestRecords.account(em, Role.HOST).getId();
              var draft =
                  new jp.wlink.course.catalogue.Course(
                      TestRecords.unique("D-").toUpperCase(java.util.Locale.ROOT),
                      new jp.wlink.course.catalogue.CourseDetails(
                          "下書き", "", 1, Optional.empty(), List.of()),
                      owner,
                      null,
                      START);
              em.persist(draft);
              em.flush();
              return new long[] {owner, draft.getId()};
            });

    assertThatThrownBy(() -> engine.tx(() -> engine.enrolments.enrolSelf(ids[1], ids[0])))
        .isInstanceOf(EnrolmentRefused.class);
  }

  @Test
  void completesTheCourseOnceEveryLessonAndCheckpointIsDoneAndIssuesOneCertificate() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course(2, 2);
    Enrolment enrolment = engine.tx(() -> engine.enrolments.enrolSelf(course.courseId(), learner));

    for (long lesson : course.lessonIds()) {
      engine.run(() -> engine.records.completeLesson(learner, lesson));
    }
    engine.run(() -> engine.records.passCheckpoint(learner, course.unitIds().get(0), 80));
    Enrolment halfway = reread(enrolment.getId());
    engine.run(() -> engine.records.passCheckpoint(learner, course.unitIds().get(1), 70));
    engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(0)));

    assertThat(halfway.getStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
    Enrolment done = reread(enrolment.getId());
    assertThat(done.getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
    assertThat(done.getLessonsCompleted()).isEqualTo(4);
    assertThat(done.getCheckpointsPassed()).isEqualTo(2);
    assertThat(engine.records.completions(enrolment.getId())).hasSize(4);
    Certificate certificate = engine.certificates.ofEnrolment(enrolment.getId()).orElseThrow();
    assertThat(certificate.getHolderName()).isEqualTo("髙橋 一郎");
    assertThat(certificate.getCourseTitle()).isEqualTo("浄水処理の基礎");
    assertThat(engine.certificates.byCode(certificate.code())).isPresent();
    assertThat(engine.certificates.ofLearner(learner)).hasSize(1);
  }

  @Test
  void aUnitIsCompletedWithItsLessonsAndItsCheckpoint() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course(2, 1);
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
    engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(0)));
    engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(1)));
    engine.run(() -> engine.records.passCheckpoint(learner, course.unitIds().get(1), 75));

    var units = new jp.wlink.course.enrolment.StudiedUnits(engine.em);

    assertThat(units.of(learner, course.courseId())).containsExactly(course.unitIds().get(1));
    assertThat(units.of(learner + 1_000_000, course.courseId())).isEmpty();
  }

  @Test
  void addsUpStudyTimeAndCountsTheStreakInJapaneseDays() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course(1, 2);
    Enrolment enrolment = engine.tx(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
    long lesson = course.lessonIds().get(0);

    // 23:30 on 2 and 3 December in Japan, and 00:10 on 4 December.
    engine.run(
        () ->
            engine.records.recordStudy(
                learner, lesson, Instant.parse("2026-12-02T14:30:00Z"), 600));
    engine.run(
        () ->
            engine.records.recordStudy(
                learner, lesson, Instant.parse("2026-12-03T14:30:00Z"), 900));
    engine.run(
        () ->
            engine.records.recordStudy(
                learner, lesson, Instant.parse("2026-12-03T15:10:00Z"), 300));
    engine.moveTo(Instant.parse("2026-12-04T03:00:00Z"));

    Enrolment stored = reread(enrolment.getId());
    assertThat(stored.getStudySeconds()).isEqualTo(1800);
    assertThat(stored.lastActivityAt()).contains(Instant.parse("2026-12-03T15:15:00Z"));
    assertThat(engine.records.streak(learner)).isEqualTo(3);
  }

  @Test
  void withdrawalKeepsTheRecordAndEnrollingAgainContinuesIt() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course(1, 3);
    Enrolment enrolment = engine.tx(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
    engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(0)));

    engine.run(() -> engine.enrolments.withdraw(enrolment.getId(), learner));

    assertThat(reread(enrolment.getId()).getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    assertThat(engine.enrolments.learnersOn(course.courseId())).isEmpty();
    assertThatThrownBy(
            () ->
                engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(1))))
        .isInstanceOf(NotEnrolledException.class);
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
    Enrolment back = reread(enrolment.getId());
    assertThat(back.getStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(back.getLessonsCompleted()).isEqualTo(1);
  }

  @Test
  void aDeadlineSetsTheMomentTheLearnerFallsBehind() {
    long[] ids = staffAndAdmin();
    CourseFixture course = course(1, 4);
    LocalDate deadline = LocalDate.of(2026, 12, 31);

    Enrolment enrolment =
        engine.tx(
            () ->
                engine.enrolments.enrolStaff(
                    course.courseId(), ids[0], ids[1], ids[2], Optional.of(deadline)));
    Instant untouched = reread(enrolment.getId()).onPaceUntil().orElseThrow();
    engine.run(() -> engine.records.completeLesson(ids[0], course.lessonIds().get(0)));
    Instant afterOne = reread(enrolment.getId()).onPaceUntil().orElseThrow();

    assertThat(Duration.between(START, untouched).toDays()).isEqualTo(3);
    assertThat(afterOne).isAfter(untouched);
    assertThat(reread(enrolment.getId()).organisationId()).contains(ids[2]);
  }

  @Test
  void enrolsTheCheckedRowsOfAListTogetherAndSkipsTheRefused() {
    long[] ids = staffAndAdmin();
    long other = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course(1, 1);
    List<PreviewRow> rows =
        List.of(
            new PreviewRow(
                new ListedRow(2, "a@example.jp", "2027-01-31"),
                Optional.of(ids[0]),
                Optional.of(LocalDate.of(2027, 1, 31)),
                Optional.empty()),
            new PreviewRow(
                new ListedRow(3, "b@example.jp", ""),
                Optional.empty(),
                Optional.empty(),
                Optional.of(RowProblem.UNKNOWN_EMAIL)),
            new PreviewRow(
                new ListedRow(4, "c@example.jp", ""),
                Optional.of(other),
                Optional.empty(),
                Optional.empty()));

    int enrolled =
        engine.tx(() -> engine.enrolments.enrolAll(course.courseId(), ids[1], ids[2], rows));

    assertThat(enrolled).isEqualTo(2);
    assertThat(engine.enrolments.learnersOn(course.courseId()))
        .containsExactlyInAnyOrder(ids[0], other);
    assertThat(engine.enrolments.of(ids[0], course.courseId()).orElseThrow().deadline())
        .contains(LocalDate.of(2027, 1, 31));
  }

  private long[] staffAndAdmin() {
    return db.inTransaction(
        em ->
            new long[] {
              TestRecords.account(em, Role.STAFF).getId(),
              TestRecords.account(em, Role.ORG_ADMIN).getId(),
              TestRecords.organisation(em, "水道局").getId()
            });
  }

  private CourseFixture course(int units, int lessons) {
    return db.inTransaction(
        em -> {
          long owner = TestRecords.account(em, Role.HOST).getId();
          return CourseFixture.published(em, owner, "浄水処理の基礎", units, lessons, START);
        });
  }

  private Enrolment reread(long enrolmentId) {
    return db.entityManager().find(Enrolment.class, enrolmentId);
  }
}
