package jp.wlink.web.courses.progress;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import jp.wlink.course.certificate.Certificates;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.enrolment.StudyRecords;
import jp.wlink.web.testing.TestDatabase;

/**
 * The enrolment, study-record and certificate services wired by hand over one entity manager of the
 * test database, as CDI wires them in the container, with a clock the test moves.
 */
final class EngineOnDatabase implements AutoCloseable {
  final EntityManager em;
  final Certificates certificates;
  final StudyRecords records;
  final Enrolments enrolments;
  private Instant now;

  EngineOnDatabase(TestDatabase db, Instant start) {
    this(db.entityManager(), start);
  }

  /** Over any entity manager, such as one of an H2 database. */
  EngineOnDatabase(EntityManager em, Instant start) {
    this.now = start;
    this.em = em;
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    this.certificates = new Certificates(em, clock, learnerId -> "髙橋 一郎");
    this.records = new StudyRecords(em, clock, done -> certificates.issue(done.enrolmentId()));
    this.enrolments = new Enrolments(em, clock, records);
  }

  void moveTo(Instant instant) {
    now = instant;
  }

  /** Runs the work in a transaction that commits, as the container's interceptor would. */
  <T> T tx(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  void run(Runnable work) {
    tx(
        () -> {
          work.run();
          return null;
        });
  }

  @Override
  public void close() {
    em.close();
  }
}
