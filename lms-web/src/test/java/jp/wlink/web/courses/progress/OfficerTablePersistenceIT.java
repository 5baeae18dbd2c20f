package jp.wlink.web.courses.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.progress.Risk;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfficerTablePersistenceIT {
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
  private static final TestDatabase DB = TestDatabase.get();
  private static final RiskRule RISK = new RiskRule(14);

  private static EngineOnDatabase engine;
  private static long organisation;
  private static CourseFixture water;
  private static CourseFixture sewer;
  private static List<Account> staff;
  private static OfficerTable table;

  /**
   * Five staff of one organisation: 0 completed 浄水, 1 studies 浄水 daily, 2 has not studied since
   * October, 3 is on 浄水 with a deadline it cannot meet, 4 withdrew. A pending member and another
   * organisation's staff are enrolled too, and must never show.
   */
  @BeforeAll
  static void enrol() {
    engine = new EngineOnDatabase(DB, START);
    Organisation minato = DB.inTransaction(em -> TestRecords.organisation(em, "みなと市水道局"));
    Organisation other = DB.inTransaction(em -> TestRecords.organisation(em, "かわ市"));
    organisation = minato.getId();
    long owner = DB.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    water = DB.inTransaction(em -> CourseFixture.published(em, owner, "浄水処理の基礎", 1, 4, START));
    sewer = DB.inTransaction(em -> CourseFixture.published(em, owner, "下水処理の基礎", 1, 2, START));
    staff = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      staff.add(DB.inTransaction(em -> Staff.approved(em, minato)));
    }
    Account pending = DB.inTransaction(em -> Staff.pending(em, minato));
    Account outsider = DB.inTransaction(em -> Staff.approved(em, other));

    for (Account member : staff) {
      enrolOn(water, member, Optional.empty());
    }
    enrolOn(sewer, staff.get(0), Optional.empty());
    enrolOn(water, pending, Optional.empty());
    enrolOn(water, outsider, Optional.empty());
    engine.moveTo(NOW.minus(Duration.ofDays(1)));
    engine.run(
        () ->
            engine.enrolments.changeDeadline(
                id(water, 3), Optional.of(LocalDate.of(2026, 12, 10))));
    for (long lesson : water.lessonIds()) {
      engine.run(() -> engine.records.completeLesson(staff.get(0).getId(), lesson));
    }
    engine.run(
        () -> engine.records.passCheckpoint(staff.get(0).getId(), water.unitIds().get(0), 90));
    engine.run(() -> engine.records.completeLesson(staff.get(1).getId(), water.lessonIds().get(0)));
    engine.run(() -> engine.records.completeLesson(staff.get(3).getId(), water.lessonIds().get(0)));
    engine.moveTo(START.plus(Duration.ofDays(10)));
    engine.run(() -> engine.records.completeLesson(staff.get(2).getId(), water.lessonIds().get(0)));
    engine.run(() -> engine.enrolments.withdraw(id(water, 4), staff.get(4).getId()));
    table = new OfficerTable(DB.entityManager(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void showsOnlyTheApprovedStaffOfTheOrganisationWithTheirFigures() {
    List<OfficerRow> rows = page(OfficerQuery.everyone(organisation, RISK));

    assertThat(rows).extracting(OfficerRow::learnerId).doesNotContain(staff.get(4).getId());
    assertThat(rows).hasSize(5);
    OfficerRow done = row(rows, 0, water);
    assertThat(done.status()).isEqualTo(EnrolmentStatus.COMPLETED);
    assertThat(done.getPercent()).isEqualTo(100);
    assertThat(done.lessonsTotal()).isEqualTo(4);
    assertThat(row(rows, 1, water).getPercent()).isEqualTo(25);
  }

  @Test
  void flagsTheInactiveAndTheBehindPace() {
    List<OfficerRow> rows = page(OfficerQuery.everyone(organisation, RISK));

    assertThat(row(rows, 1, water).risks()).isEmpty();
    assertThat(row(rows, 2, water).risks()).containsExactly(Risk.INACTIVE);
    assertThat(row(rows, 3, water).risks()).containsExactly(Risk.BEHIND_PACE);
    assertThat(row(rows, 0, water).risks()).isEmpty();
    assertThat(row(rows, 0, sewer).risks()).containsExactly(Risk.INACTIVE);
  }

  @Test
  void filtersByCourseStatusAndRisk() {
    OfficerQuery atRisk =
        new OfficerQuery(
            organisation, Optional.of(water.courseId()), StatusFilter.CURRENT, true, RISK);
    OfficerQuery withdrawn =
        new OfficerQuery(organisation, Optional.empty(), StatusFilter.WITHDRAWN, false, RISK);

    assertThat(page(atRisk))
        .extracting(OfficerRow::learnerId)
        .containsExactlyInAnyOrder(staff.get(2).getId(), staff.get(3).getId());
    assertThat(page(withdrawn))
        .extracting(OfficerRow::learnerId)
        .containsExactly(staff.get(4).getId());
    assertThat(table.summary(atRisk)).isEqualTo(new OfficerSummary(2, 2, 0, 2));
    assertThat(table.summary(OfficerQuery.everyone(organisation, RISK)))
        .isEqualTo(new OfficerSummary(5, 4, 1, 3));
  }

  @Test
  void pagesAndSortsInTheDatabase() {
    OfficerQuery all = OfficerQuery.everyone(organisation, RISK);

    List<OfficerRow> byProgress = table.page(all, OfficerSort.PROGRESS, true, 0, 2);
    List<OfficerRow> next = table.page(all, OfficerSort.PROGRESS, true, 2, 2);

    assertThat(byProgress).extracting(OfficerRow::getPercent).containsExactly(100, 25);
    assertThat(next).extracting(OfficerRow::getPercent).containsExactly(25, 25);
  }

  private static List<OfficerRow> page(OfficerQuery query) {
    return table.page(query, OfficerSort.NAME, false, 0, 100);
  }

  private static OfficerRow row(List<OfficerRow> rows, int member, CourseFixture course) {
    return rows.stream()
        .filter(
            r -> r.learnerId() == staff.get(member).getId() && r.courseId() == course.courseId())
        .findFirst()
        .orElseThrow();
  }

  private static long id(CourseFixture course, int member) {
    return engine.enrolments.of(staff.get(member).getId(), course.courseId()).orElseThrow().getId();
  }

  private static void enrolOn(CourseFixture course, Account member, Optional<LocalDate> due) {
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), member.getId()));
  }
}
