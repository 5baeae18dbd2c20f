package jp.wlink.web.home;

import java.util.Objects;

/** A feature that exists and has a page, shown in the navigation under its zone. */
public record FeatureLink(Zone zone, String outcome, String messageKey) {
  public FeatureLink {
    Objects.requireNonNull(zone);
    Objects.requireNonNull(outcome);
    Objects.requireNonNull(messageKey);
  }

  public String getOutcome() {
    return outcome;
  }

  public String getMessageKey() {
    return messageKey;
  }
}
