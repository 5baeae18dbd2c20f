package jp.wlink.question.exam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The state of an attempt and of each slot, for resuming and for the check before submitting. */
public record AttemptSummary(
    long attemptId,
    AttemptState state,
    Optional<Instant> deadline,
    Instant now,
    List<SlotStatus> slots) {
  public AttemptSummary {
    slots = List.copyOf(slots);
  }

  public long answered() {
    return slots.stream().filter(SlotStatus::answered).count();
  }

  public long unanswered() {
    return slots.size() - answered();
  }

  public long flagged() {
    return slots.stream().filter(SlotStatus::flagged).count();
  }

  /** Whether answers are still taken, by the server's clock at the time of the summary. */
  public boolean open() {
    return state == AttemptState.OPEN && deadline.map(now::isBefore).orElse(true);
  }
}
