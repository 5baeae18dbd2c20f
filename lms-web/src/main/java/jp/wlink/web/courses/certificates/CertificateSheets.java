package jp.wlink.web.courses.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.certificate.CertificateSheet;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.MailLinks;

/** Writes a certificate's lines in the reader's language, from the certificate.* texts. */
@ApplicationScoped
public class CertificateSheets {
  static final String VERIFY_PATH = "/certificates/verify";

  @Inject private Messages messages;
  @Inject private MailLinks links;

  public CertificateSheet of(Certificate certificate, Locale locale) {
    DateTimeFormatter dates =
        DateTimeFormatter.ofPattern(messages.text(locale, "certificate.datePattern"), locale);
    String validity =
        certificate
            .expiresOn()
            .map(day -> messages.text(locale, "certificate.expires", dates.format(day)))
            .orElse(messages.text(locale, "certificate.noExpiry"));
    return new CertificateSheet(
        messages.text(locale, "certificate.heading"),
        messages.text(locale, "certificate.holder", certificate.getHolderName()),
        messages.text(locale, "certificate.statement"),
        certificate.getCourseTitle(),
        messages.text(locale, "certificate.issued", dates.format(certificate.issuedOn())),
        validity,
        messages.text(locale, "certificate.code", certificate.code().value()),
        messages.text(locale, "certificate.verifyAt", verifyLink(certificate)),
        messages.text(locale, "certificate.issuer"));
  }

  public String verifyLink(Certificate certificate) {
    return links.to(VERIFY_PATH, "code", certificate.code().value());
  }
}
