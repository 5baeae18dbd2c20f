package jp.wlink.web.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.wlink.web.account.Account;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.OutgoingMail;

/** Writes notifications as text and as mail, in the recipient's own language. */
final class NotificationMails {
  private final Messages messages;

  NotificationMails(Messages messages) {
    this.messages = Objects.requireNonNull(messages);
  }

  String subject(Locale locale, Notification notification) {
    return messages.text(locale, notification.kind().subjectKey(), args(notification));
  }

  String body(Locale locale, Notification notification) {
    return messages.text(locale, notification.kind().bodyKey(), args(notification));
  }

  OutgoingMail instant(Account recipient, Notification notification) {
    Locale locale = recipient.getLocale();
    String body =
        messages.text(locale, "notification.mail.greeting", recipient.getHandle())
            + "\n\n"
            + body(locale, notification);
    return new OutgoingMail(
        recipient.getId(), recipient.getEmail(), subject(locale, notification), body, null);
  }

  /** One mail listing every notification, oldest first, one line each. */
  OutgoingMail digest(Account recipient, List<Notification> notifications) {
    Locale locale = recipient.getLocale();
    StringBuilder body =
        new StringBuilder(
            messages.text(locale, "notification.mail.greeting", recipient.getHandle()));
    body.append("\n\n").append(messages.text(locale, "notification.digest.intro"));
    for (Notification notification : notifications) {
      body.append("\n\n・").append(subject(locale, notification));
      body.append('\n').append(body(locale, notification));
    }
    String subject = messages.text(locale, "notification.digest.subject", notifications.size());
    return new OutgoingMail(
        recipient.getId(), recipient.getEmail(), subject, body.toString(), null);
  }

  private static Object[] args(Notification notification) {
    return notification.arguments().toArray();
  }
}
