package jp.wlink.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Locale;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.MailLinks;
import jp.wlink.web.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

class AccountMailsTest {
  private final AccountMails mails = mails();
  private final TokenSecret secret = TokenSecret.generate();

  @Test
  void writesTheVerificationMailInJapaneseByDefault() {
    OutgoingMail mail = mails.verification(account(Locale.JAPANESE), secret);

    assertThat(mail.to()).isEqualTo("taro@example.jp");
    assertThat(mail.accountId()).isEqualTo(17L);
    assertThat(mail.subject()).isEqualTo("【W/LINK】メールアドレス確認のお願い");
    assertThat(mail.link())
        .isEqualTo("https://wlink.example.jp/verify-email.xhtml?token=" + secret.value());
    assertThat(mail.body()).startsWith("水道太郎 様").contains(mail.link(), "48時間");
  }

  @Test
  void writesInEnglishForAnAccountThatChoseEnglish() {
    OutgoingMail mail = mails.passwordReset(account(Locale.ENGLISH), secret);

    assertThat(mail.subject()).isEqualTo("[W/LINK] Resetting your password");
    assertThat(mail.link()).startsWith("https://wlink.example.jp/reset-password.xhtml?token=");
    assertThat(mail.body()).startsWith("Dear 水道太郎,").contains(mail.link(), "1 hour");
  }

  @Test
  void sendsTheChangeOfEmailLinkToTheNewAddress() {
    OutgoingMail mail = mails.changeOfEmail(account(Locale.JAPANESE), "new@example.jp", secret);

    assertThat(mail.to()).isEqualTo("new@example.jp");
    assertThat(mail.link()).contains("/verify-email.xhtml?token=");
    assertThat(mail.body()).contains(mail.link(), "48時間");
  }

  @Test
  void tellsTheOldAddressAboutAChangeWithoutALink() {
    OutgoingMail mail = mails.emailChanged(account(Locale.JAPANESE), "old@example.jp");

    assertThat(mail.to()).isEqualTo("old@example.jp");
    assertThat(mail.optionalLink()).isEmpty();
    assertThat(mail.body()).startsWith("水道太郎 様").doesNotContain("http");
  }

  @Test
  void leavesNoPlaceholderUnfilledInEitherLanguage() {
    for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
      Account account = account(locale);

      assertThat(mails.verification(account, secret).body()).doesNotContain("{", "}");
      assertThat(mails.passwordReset(account, secret).body()).doesNotContain("{", "}");
      assertThat(mails.changeOfEmail(account, "n@example.jp", secret).body())
          .doesNotContain("{", "}");
      assertThat(mails.emailChanged(account, "o@example.jp").body()).doesNotContain("{", "}");
    }
  }

  private static AccountMails mails() {
    AccountMails mails = new AccountMails();
    mails.messages = new Messages();
    mails.links = new MailLinks("https://wlink.example.jp/");
    return mails;
  }

  /** A stored account as the services see it, with the id the database would have given it. */
  private static Account account(Locale locale) {
    Account account = new Account("taro@example.jp", "水道太郎", "hash", Role.STAFF, Instant.EPOCH);
    account.setLocale(locale);
    try {
      Field id = Account.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(account, 17L);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return account;
  }
}
