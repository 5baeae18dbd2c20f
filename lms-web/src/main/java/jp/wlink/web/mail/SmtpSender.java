package jp.wlink.web.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/** Sends plain-text UTF-8 mail through one SMTP server with Jakarta Mail. */
final class SmtpSender {
  private static final String TIMEOUT_MILLIS = "10000";

  private final MailSettings settings;
  private final Session session;
  private final Clock clock;

  SmtpSender(MailSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
    this.session = Session.getInstance(properties(settings));
  }

  void send(OutgoingMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(sender());
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));

    if (settings.user().isPresent()) {
      Transport.send(message, settings.user().get(), settings.password().orElse(""));
    } else {
      Transport.send(message);
    }
  }

  /** The configured sender, with a display name such as "W/LINK" encoded for any language. */
  private InternetAddress sender() throws MessagingException {
    InternetAddress from = new InternetAddress(settings.from(), true);
    if (from.getPersonal() != null) {
      try {
        from.setPersonal(from.getPersonal(), StandardCharsets.UTF_8.name());
      } catch (UnsupportedEncodingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    return from;
  }

  private static Properties properties(MailSettings settings) {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", settings.host());
    properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
    properties.setProperty("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
    properties.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
    properties.setProperty("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
    // A hanging server must not hold a request thread for long.
    properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    return properties;
  }
}
