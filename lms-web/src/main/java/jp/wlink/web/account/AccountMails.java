package jp.wlink.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.MailLinks;
import jp.wlink.web.mail.OutgoingMail;

/** Writes the account mails in the account's own language, from the mail.* bundle texts. */
@ApplicationScoped
public class AccountMails {
  static final String VERIFY_PAGE = "/verify-email.xhtml";
  static final String RESET_PAGE = "/reset-password.xhtml";

  /** The mails that carry a link: their texts, the page the link opens, and its lifetime. */
  private enum LinkMail {
    VERIFY("mail.verify", VERIFY_PAGE, TokenPurpose.VERIFY_EMAIL),
    RESET("mail.reset", RESET_PAGE, TokenPurpose.RESET_PASSWORD),
    CHANGE_EMAIL("mail.changeEmail", VERIFY_PAGE, TokenPurpose.CHANGE_EMAIL);

    private final String key;
    private final String page;
    private final TokenPurpose purpose;

    LinkMail(String key, String page, TokenPurpose purpose) {
      this.key = key;
      this.page = page;
      this.purpose = purpose;
    }
  }

  @Inject Messages messages;
  @Inject MailLinks links;

  public OutgoingMail verification(Account account, TokenSecret secret) {
    return withLink(LinkMail.VERIFY, account, account.getEmail(), secret);
  }

  public OutgoingMail passwordReset(Account account, TokenSecret secret) {
    return withLink(LinkMail.RESET, account, account.getEmail(), secret);
  }

  /** Goes to the new address, which must prove it can receive mail. */
  public OutgoingMail changeOfEmail(Account account, String newEmail, TokenSecret secret) {
    return withLink(LinkMail.CHANGE_EMAIL, account, newEmail, secret);
  }

  /** Tells the old address about a change, in case someone else made it. */
  public OutgoingMail emailChanged(Account account, String oldEmail) {
    Locale locale = account.getLocale();
    String subject = messages.text(locale, "mail.emailChanged.subject");
    String body = messages.text(locale, "mail.emailChanged.body", account.getHandle());
    return new OutgoingMail(account.getId(), oldEmail, subject, body, null);
  }

  private OutgoingMail withLink(LinkMail mail, Account account, String to, TokenSecret secret) {
    Locale locale = account.getLocale();
    String link = links.withToken(mail.page, secret.value());
    long hours = mail.purpose.lifetime().toHours();
    String subject = messages.text(locale, mail.key + ".subject");
    String body = messages.text(locale, mail.key + ".body", account.getHandle(), link, hours);
    return new OutgoingMail(account.getId(), to, subject, body, link);
  }
}
