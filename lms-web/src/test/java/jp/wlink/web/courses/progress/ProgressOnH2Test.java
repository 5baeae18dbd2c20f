package jp.wlink.web.courses.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.progress.CompletionKind;
import jp.wlink.course.progress.CompletionRule;
import jp.wlink.course.progress.Risk;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.testing.H2Database;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo runs on H2: the enrolment migrations, the officer's native SQL with its bound
 * instants and paging, and the reminder claim's conditional update must work there as on MariaDB.
 */
class ProgressOnH2Test {
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
  private static EntityManagerFactory emf;

  @BeforeAll
  static void migrate() {
    emf = H2Database.migrated("progress");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void theOfficersTableAndTheReminderClaimRunOnH2() {
    Organisation organisation =
        TestDatabase.inTransaction(emf, em -> TestRecords.organisation(em, "みなと市"));
    Account active = TestDatabase.inTransaction(emf, em -> Staff.approved(em, organisation));
    Account idle = TestDatabase.inTransaction(emf, em -> Staff.approved(em, organisation));
    CourseFixture course =
        TestDatabase.inTransaction(
            emf,
            em -> {
              long owner = TestRecords.account(em, Role.HOST).getId();
              CourseFixture fixture = CourseFixture.published(em, owner, "浄水", 1, 2, START);
              em.persist(
                  new CompletionRule(
                      fixture.courseId(), CompletionKind.ALL_LESSONS, 100, Optional.of(1)));
              return fixture;
            });

    try (EngineOnDatabase engine = new EngineOnDatabase(emf.createEntityManager(), START)) {
      engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), idle.getId()));
      engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), active.getId()));
      engine.moveTo(NOW);
      for (long lesson : course.lessonIds()) {
        engine.run(() -> engine.records.completeLesson(active.getId(), lesson));
      }
      OfficerTable table =
          new OfficerTable(emf.createEntityManager(), Clock.fixed(NOW, ZoneOffset.UTC));
      OfficerQuery everyone = OfficerQuery.everyone(organisation.getId(), new RiskRule(14));

      List<OfficerRow> rows = table.page(everyone, OfficerSort.PROGRESS, true, 0, 10);

      assertThat(rows).extracting(OfficerRow::getPercent).containsExactly(100, 0);
      assertThat(rows.get(1).risks()).containsExactly(Risk.INACTIVE);
      assertThat(rows.get(1).lastActivity()).isNull();
      assertThat(table.summary(everyone)).isEqualTo(new OfficerSummary(2, 2, 1, 1));
      engine.moveTo(Instant.parse("2026-12-20T00:00:00Z"));
      List<Certificate> claimed = engine.tx(() -> engine.certificates.claimReminders(30, 10));
      assertThat(claimed)
          .extracting(Certificate::expiresOn)
          .containsExactly(Optional.of(LocalDate.of(2027, 1, 3)));
      assertThat(engine.tx(() -> engine.certificates.claimReminders(30, 10))).isEmpty();
    }
  }
}
