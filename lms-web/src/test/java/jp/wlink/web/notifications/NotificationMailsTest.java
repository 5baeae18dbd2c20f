package jp.wlink.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.wlink.web.i18n.Messages;
import org.junit.jupiter.api.Test;

class NotificationMailsTest {
  private final NotificationMails mails = new NotificationMails(new Messages());

  @Test
  void aRecipientWhoHasNotChosenGetsEveryKindAtOnce() {
    assertThat(DeliveryChoice.DEFAULT).isEqualTo(DeliveryChoice.INSTANT);
  }

  @Test
  void everyKindHasASubjectAndABodyInJapaneseAndEnglish() {
    for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
      ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
      for (NotificationKind kind : NotificationKind.values()) {
        assertThat(bundle.getString(kind.subjectKey())).isNotBlank();
        assertThat(bundle.getString(kind.bodyKey())).isNotBlank();
      }
    }
  }

  @Test
  void writesAReminderInTheReadersLanguageWithItsArguments() {
    Notification reminder = reminder();

    assertThat(mails.subject(Locale.JAPANESE, reminder)).isEqualTo("まもなく「浄水勉強会」が始まります");
    assertThat(mails.body(Locale.JAPANESE, reminder))
        .isEqualTo("「浄水勉強会」は12月5日 19:00に始まります。ご参加をお待ちしています。");
    assertThat(mails.subject(Locale.ENGLISH, reminder)).isEqualTo("\"浄水勉強会\" starts soon");
    assertThat(mails.body(Locale.ENGLISH, reminder)).contains("starts at 12月5日 19:00.");
  }

  private static Notification reminder() {
    return new Notification(
        1,
        2,
        NotificationKind.EVENT_REMINDER,
        List.of("浄水勉強会", "12月5日 19:00"),
        Instant.parse("2026-12-04T01:00:00Z"));
  }
}
