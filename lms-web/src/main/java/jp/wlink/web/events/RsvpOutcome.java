package jp.wlink.web.events;

import java.util.List;

/**
 * What an answer led to: the member's own answer and seat (none after a withdrawal), the place on
 * the waiting list (0 unless waiting), and the members promoted from the waiting list into freed
 * seats, whom the notification feature will mail.
 */
public record RsvpOutcome(
    Answer answer, Seat seat, int waitingPosition, List<Long> promotedAccountIds) {
  public RsvpOutcome {
    promotedAccountIds = List.copyOf(promotedAccountIds);
  }

  /** The outcome of withdrawing: no answer, no seat, and whoever took the freed seat. */
  static RsvpOutcome withdrawn(List<Long> promoted) {
    return new RsvpOutcome(null, null, 0, promoted);
  }
}
