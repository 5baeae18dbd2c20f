package jp.wlink.web.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One stored notification as its recipient reads it; the arguments fill its kind's texts. */
public record Notification(
    long id, long recipientId, NotificationKind kind, List<String> arguments, Instant createdAt) {
  public Notification {
    Objects.requireNonNull(kind);
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(createdAt);
  }
}
