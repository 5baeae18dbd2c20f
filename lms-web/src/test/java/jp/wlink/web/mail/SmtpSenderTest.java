package jp.wlink.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpSenderTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

  /** A local SMTP server on a free port, so parallel builds on one machine do not collide. */
  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  @BeforeEach
  void startServer() {
    smtp.start();
  }

  @AfterEach
  void stopServer() {
    smtp.stop();
  }

  @Test
  void sendsPlainUtf8TextWithJapaneseSubjectAndBody() throws Exception {
    sender().send(mail("【W/LINK】メールアドレス確認のお願い", "水道太郎 様\n\nhttps://x/y?token=t"));

    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("【W/LINK】メールアドレス確認のお願い");
    assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    assertThat(GreenMailUtil.getBody(received)).isNotBlank();
    assertThat((String) received.getContent()).contains("水道太郎 様", "https://x/y?token=t");
  }

  @Test
  void addressesTheRecipientFromTheConfiguredSender() throws Exception {
    sender().send(mail("subject", "body"));

    MimeMessage received = smtp.getReceivedMessages()[0];
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("no-reply@wlink.example");
    assertThat(from.getPersonal()).isEqualTo("W/LINK 事務局");
    assertThat(received.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("taro@example.jp");
    assertThat(received.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
  }

  private SmtpSender sender() {
    MailSettings settings =
        new MailSettings(
            "127.0.0.1",
            smtp.getSmtp().getPort(),
            Optional.empty(),
            Optional.empty(),
            false,
            "W/LINK 事務局 <no-reply@wlink.example>");
    return new SmtpSender(settings, CLOCK);
  }

  private static OutgoingMail mail(String subject, String body) {
    return new OutgoingMail(7, "taro@example.jp", subject, body, "https://x/y?token=t");
  }
}
