package jp.wlink.web.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server and whom mail comes from. A user name means the server wants a
 * login; STARTTLS, when asked for, is required rather than tried.
 */
public record MailSettings(
    String host,
    int port,
    Optional<String> user,
    Optional<String> password,
    boolean starttls,
    String from) {
  public MailSettings {
    Objects.requireNonNull(host);
    Objects.requireNonNull(user);
    Objects.requireNonNull(password);
    Objects.requireNonNull(from);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("No such SMTP port: " + port);
    }
  }

  /** Leaves the password out of any log line or exception message. */
  @Override
  public String toString() {
    return "MailSettings[" + host + ":" + port + ", starttls=" + starttls + "]";
  }
}
