package jp.wlink.course.learning;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import jp.wlink.course.adaptive.CourseMap;

/**
 * The course maps of recently recommended courses, so that a recommendation does not rebuild its
 * course's map. A map is kept for one version of its course and one state of the published
 * questions; another version of either builds a new map and drops the course's old one. A map also
 * expires after {@link #maxAge}, so that items recalibrated meanwhile are re-sorted by their new
 * difficulties. At most {@code capacity} maps are kept, the least recently used leaving first. Safe
 * for concurrent use; two threads missing the same key at once may both build it.
 */
final class CourseMaps {
  private final int capacity;
  private final Duration maxAge;
  private final LongSupplier nanoTime;
  private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  CourseMaps(int capacity, Duration maxAge, LongSupplier nanoTime) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.maxAge = Objects.requireNonNull(maxAge);
    this.nanoTime = Objects.requireNonNull(nanoTime);
  }

  /** What a course's map was built for. */
  record Key(long courseId, long courseVersion, long questionsStamp) {}

  /** A map with the skill numbers and the items' skill numbers it was built with. */
  record Built(CourseMap map, Map<String, Integer> skillNumbers, Map<Long, Integer> itemSkills) {
    Built {
      skillNumbers = Map.copyOf(skillNumbers);
      itemSkills = Map.copyOf(itemSkills);
    }
  }

  private record Entry(Key key, Built built, long builtAt) {}

  /** The map kept for the key, or the one {@code build} makes, which is then kept. */
  Built get(Key key, Supplier<Built> build) {
    long now = nanoTime.getAsLong();
    synchronized (this) {
      Entry kept = entries.get(key.courseId());
      if (kept != null && kept.key().equals(key) && now - kept.builtAt() < maxAge.toNanos()) {
        return kept.built();
      }
    }
    Built built = build.get();
    synchronized (this) {
      entries.put(key.courseId(), new Entry(key, built, now));
      if (entries.size() > capacity) {
        Long eldest = entries.keySet().iterator().next();
        entries.remove(eldest);
      }
    }
    return built;
  }

  synchronized int size() {
    return entries.size();
  }
}
