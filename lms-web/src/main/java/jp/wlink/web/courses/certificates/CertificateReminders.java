package jp.wlink.web.courses.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.certificate.Certificates;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Accounts;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.Delivery;
import jp.wlink.web.mail.Mailer;
import jp.wlink.web.mail.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds holders that a certificate will expire: claims the due reminders (the engine lets one
 * instance of a cluster claim each), mails each holder in their language, and notes how the mail
 * went on the reminder record.
 */
@ApplicationScoped
public class CertificateReminders {
  private static final Logger LOG = Logger.getLogger(CertificateReminders.class.getName());
  static final int BATCH = 50;

  @Inject private Certificates certificates;
  @Inject private Accounts accounts;
  @Inject private Mailer mailer;
  @Inject private Messages messages;
  @Inject private CertificateSheets sheets;

  @Inject
  @ConfigProperty(name = "wlink.certificate.remind-days", defaultValue = "30")
  int remindDays;

  /** One round: returns how many reminders this instance claimed. */
  // LIMITATION: a reminder whose mail failed is recorded as FAILED and not sent again.
  public int remindDue() {
    List<Certificate> claimed = certificates.claimReminders(remindDays, BATCH);
    for (Certificate certificate : claimed) {
      Delivery delivery =
          accounts
              .find(certificate.getLearnerId())
              .map(holder -> mailer.send(mail(holder, certificate)))
              .orElse(Delivery.FAILED);
      certificates.reminded(certificate.getId(), delivery.name());
      LOG.info(
          () ->
              "Reminded the holder of certificate " + certificate.getId() + " (" + delivery + ")");
    }
    return claimed.size();
  }

  private OutgoingMail mail(Account holder, Certificate certificate) {
    Locale locale = holder.getLocale();
    String expiry =
        DateTimeFormatter.ofPattern(messages.text(locale, "certificate.datePattern"), locale)
            .format(certificate.expiresOn().orElseThrow());
    String link = sheets.verifyLink(certificate);
    String subject =
        messages.text(locale, "mail.certificateExpiry.subject", certificate.getCourseTitle());
    String body =
        messages.text(
            locale,
            "mail.certificateExpiry.body",
            holder.getHandle(),
            certificate.getCourseTitle(),
            expiry,
            link);
    return new OutgoingMail(holder.getId(), holder.getEmail(), subject, body, link);
  }
}
