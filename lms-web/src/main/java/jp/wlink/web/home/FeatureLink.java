package jp.wlink.web.home;

import java.util.Objects;
import java.util.Set;

/**
 * A feature that exists and has a page, shown in the navigation under its zone. {@code roles} names
 * who may open it; empty means everyone the page itself lets in, so nobody is shown a link that
 * only answers "forbidden".
 */
public record FeatureLink(Zone zone, String outcome, String messageKey, Set<String> roles) {
  public FeatureLink {
    Objects.requireNonNull(zone);
    Objects.requireNonNull(outcome);
    Objects.requireNonNull(messageKey);
    roles = Set.copyOf(roles);
  }

  public FeatureLink(Zone zone, String outcome, String messageKey) {
    this(zone, outcome, messageKey, Set.of());
  }

  public String getOutcome() {
    return outcome;
  }

  public String getMessageKey() {
    return messageKey;
  }

  /** Whether someone holding the roles the predicate accepts may follow this link. */
  boolean openTo(java.util.function.Predicate<String> callerInRole) {
    return roles.isEmpty() || roles.stream().anyMatch(callerInRole);
  }
}
