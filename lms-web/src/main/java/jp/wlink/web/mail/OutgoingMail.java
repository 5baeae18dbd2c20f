package jp.wlink.web.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * One plain-text mail to one account holder, already written in their language. The account id
 * names the mail in the log, because addresses are never logged.
 *
 * @param link the one link the mail carries, or null for a notice without a link
 */
public record OutgoingMail(long accountId, String to, String subject, String body, String link) {
  public OutgoingMail {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
  }

  public Optional<String> optionalLink() {
    return Optional.ofNullable(link);
  }

  /** Leaves the address, the body and the link out, so that a mail never ends up in a log. */
  @Override
  public String toString() {
    return "OutgoingMail[account " + accountId + "]";
  }
}
