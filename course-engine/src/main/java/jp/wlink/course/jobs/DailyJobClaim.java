package jp.wlink.course.jobs;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * A job's claim on a day in {@code daily_job_claim}: one conditional update, so of several
 * instances claiming the same day one wins; the others wait on the row until the winner's
 * transaction ends and then find the day taken. A winner whose transaction rolls back leaves the
 * day free again.
 */
public final class DailyJobClaim {
  private static final String CLAIM =
      "UPDATE daily_job_claim SET claimed_for = ?, claimed_at = ? WHERE job = ?"
          + " AND claimed_for < ?";

  private DailyJobClaim() {}

  /** Claims the day for the job in the caller's transaction; true when this caller has it. */
  public static boolean claim(EntityManager em, String job, LocalDate day, Instant at) {
    return em.createNativeQuery(CLAIM)
            .setParameter(1, day)
            .setParameter(2, new UtcInstantConverter().convertToDatabaseColumn(at))
            .setParameter(3, job)
            .setParameter(4, day)
            .executeUpdate()
        == 1;
  }
}
