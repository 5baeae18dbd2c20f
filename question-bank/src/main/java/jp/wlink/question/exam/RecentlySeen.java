package jp.wlink.question.exam;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** When a learner last saw each question (by question id, not version), over a recent window. */
public record RecentlySeen(Map<Long, Instant> lastSeen) {
  public static final RecentlySeen NONE = new RecentlySeen(Map.of());

  public RecentlySeen {
    lastSeen = Map.copyOf(lastSeen);
  }

  public boolean contains(long questionId) {
    return lastSeen.containsKey(questionId);
  }

  public Optional<Instant> when(long questionId) {
    return Optional.ofNullable(lastSeen.get(questionId));
  }
}
