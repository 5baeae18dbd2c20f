package jp.wlink.course.learning;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import jp.wlink.course.goal.GoalCertification;

/**
 * The certifications of study goals with their skills, kept between choices of the next activity:
 * one is read again when the published questions change (the question stamp) or after {@link
 * #maxAge}, which bounds how late a course newly aiming at the certification is seen. There are as
 * many entries as blueprints, a handful, so nothing is evicted.
 */
final class GoalCertifications {
  private record Entry(long questions, long readAt, Optional<GoalCertification> certification) {}

  private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
  private final Duration maxAge;
  private final LongSupplier nanoTime;

  GoalCertifications(Duration maxAge, LongSupplier nanoTime) {
    this.maxAge = Objects.requireNonNull(maxAge);
    this.nanoTime = Objects.requireNonNull(nanoTime);
  }

  Optional<GoalCertification> get(
      long blueprintId, long questions, Supplier<Optional<GoalCertification>> read) {
    long now = nanoTime.getAsLong();
    Entry kept = entries.get(blueprintId);
    if (kept != null && kept.questions() == questions && now - kept.readAt() < maxAge.toNanos()) {
      return kept.certification();
    }
    Entry fresh = new Entry(questions, now, read.get());
    entries.put(blueprintId, fresh);
    return fresh.certification();
  }
}
