package jp.wlink.course.adaptive;

import java.util.List;
import java.util.Objects;

/**
 * The activity the policy chose and why. {@code targetId} is an item, lesson or checkpoint id, a
 * level or a course id according to {@link ActivityKind}; {@code arguments} fill the reason's
 * message in the order {@link Reason} documents.
 */
public record NextActivity(
    ActivityKind kind, long targetId, Reason reason, List<Object> arguments) {

  public NextActivity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    arguments = List.copyOf(arguments);
  }

  static NextActivity of(ActivityKind kind, long targetId, Reason reason, Object... arguments) {
    return new NextActivity(kind, targetId, reason, List.of(arguments));
  }
}
