package jp.wlink.course.learning;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A number that changes when the question bank's published questions may have changed: the count of
 * published questions and the latest change to any question. It is read from the database at most
 * once per {@link #maxAge}, so a question published on any instance reaches the course maps within
 * that time.
 */
final class QuestionStamp {
  private static final String STAMP =
      "SELECT COUNT(CASE WHEN status = 'PUBLISHED' THEN 1 END), COUNT(*), MAX(updated_at)"
          + " FROM question";

  private final Duration maxAge;
  private final LongSupplier nanoTime;
  private final AtomicLong nextRead;
  private volatile long stamp;

  QuestionStamp(Duration maxAge, LongSupplier nanoTime) {
    this.maxAge = Objects.requireNonNull(maxAge);
    this.nanoTime = Objects.requireNonNull(nanoTime);
    this.nextRead = new AtomicLong(nanoTime.getAsLong());
  }

  long current(EntityManager em) {
    long due = nextRead.get();
    long now = nanoTime.getAsLong();
    if (now - due >= 0 && nextRead.compareAndSet(due, now + maxAge.toNanos())) {
      Object[] row = (Object[]) em.createNativeQuery(STAMP).getSingleResult();
      stamp = Arrays.deepHashCode(row);
    }
    return stamp;
  }
}
