package jp.wlink.course.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner's spaced-review card for one question item. Immutable: reviewing returns a new card.
 * A new card has no memory yet (stability and difficulty 0), no last review, and is due at once;
 * {@code step} counts learning or relearning steps and is 0 in the other states.
 *
 * @param lastReview the previous review, or {@code null} for a new card
 */
public record ReviewCard(
    CardState state,
    int step,
    double stability,
    double difficulty,
    Instant due,
    Instant lastReview,
    int reps,
    int lapses) {

  public ReviewCard {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(due, "due");
    if (state != CardState.NEW && lastReview == null) {
      throw new IllegalArgumentException("a reviewed card needs its last review time");
    }
  }

  /** A card never reviewed, due at {@code now}. */
  public static ReviewCard fresh(Instant now) {
    return new ReviewCard(CardState.NEW, 0, 0, 0, now, null, 0, 0);
  }

  public Optional<Instant> lastReviewed() {
    return Optional.ofNullable(lastReview);
  }

  public boolean isDue(Instant at) {
    return !due.isAfter(at);
  }

  /** The whole days between the last review and the due time (0 for steps within a day). */
  public long scheduledDays() {
    return lastReview == null ? 0 : Duration.between(lastReview, due).toDays();
  }

  MemoryState memory() {
    return new MemoryState(stability, difficulty);
  }
}
