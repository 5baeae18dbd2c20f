package jp.wlink.web.courses.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.progress.CompletionKind;
import jp.wlink.course.progress.CompletionRule;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

class CertificatePersistenceIT {
  private static final Instant ISSUE = Instant.parse("2026-12-04T03:00:00Z");
  private final TestDatabase db = TestDatabase.get();

  @Test
  void aCertificateOfACourseWithValidityExpiresAndIsInvalidAfterItsLastDay() {
    Certificate certificate = completedWithValidity(12);

    assertThat(certificate.expiresOn()).contains(LocalDate.of(2027, 12, 3));
    assertThat(certificate.isValidAt(Instant.parse("2027-12-03T14:59:00Z"))).isTrue();
    assertThat(certificate.isValidAt(Instant.parse("2027-12-03T15:00:00Z"))).isFalse();
  }

  @Test
  void twoInstancesRacingClaimEachReminderOnce() throws Exception {
    Certificate certificate = completedWithValidity(1);
    Instant monthLater = Instant.parse("2026-12-20T00:00:00Z");
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<List<Long>> instance =
        () -> {
          try (EngineOnDatabase engine = new EngineOnDatabase(db, monthLater)) {
            together.await();
            return engine.tx(() -> engine.certificates.claimReminders(30, 500)).stream()
                .map(Certificate::getId)
                .toList();
          }
        };

    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<List<Long>> first = pool.submit(instance);
    Future<List<Long>> second = pool.submit(instance);
    List<Long> claimed = new java.util.ArrayList<>(first.get());
    claimed.addAll(second.get());
    pool.shutdown();

    assertThat(claimed).containsOnlyOnce(certificate.getId());
    try (EngineOnDatabase engine = new EngineOnDatabase(db, monthLater)) {
      assertThat(engine.certificates.reminderOf(certificate.getId())).isPresent();
      assertThat(engine.tx(() -> engine.certificates.claimReminders(30, 500)))
          .extracting(Certificate::getId)
          .doesNotContain(certificate.getId());
    }
  }

  private Certificate completedWithValidity(int months) {
    try (EngineOnDatabase engine = new EngineOnDatabase(db, ISSUE)) {
      long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
      CourseFixture course =
          db.inTransaction(
              em -> {
                long owner = TestRecords.account(em, Role.HOST).getId();
                CourseFixture fixture = CourseFixture.published(em, owner, "水質検査の基礎", 1, 1, ISSUE);
                em.persist(
                    new CompletionRule(
                        fixture.courseId(), CompletionKind.ALL_LESSONS, 100, Optional.of(months)));
                return fixture;
              });
      engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
      engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(0)));
      return engine.certificates.ofLearner(learner).get(0);
    }
  }
}
