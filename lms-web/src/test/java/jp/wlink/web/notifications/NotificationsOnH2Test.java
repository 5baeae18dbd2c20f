package jp.wlink.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import jp.wlink.web.account.Role;
import jp.wlink.web.mail.OutgoingMail;
import jp.wlink.web.mail.TestMailers;
import jp.wlink.web.testing.H2Database;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded demo runs on H2: the notification tables, their SQL and the digest claim too. */
class NotificationsOnH2Test {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-04T01:00:00Z"), ZoneOffset.UTC);
  private static EntityManagerFactory emf;

  @BeforeAll
  static void migrate() {
    emf = H2Database.migrated("notifications");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void storesOncePerKeyAndClaimsTheDigestOnce() {
    long taro = TestDatabase.inTransaction(emf, em -> TestRecords.account(em, Role.STAFF).getId());
    tx(n -> set(n, taro));

    boolean first = tx(n -> n.notify(taro, NotificationKind.EVENT_REMINDER, "e1", List.of("a")));
    boolean again = tx(n -> n.notify(taro, NotificationKind.EVENT_REMINDER, "e1", List.of("a")));
    List<OutgoingMail> digests = tx(Notifications::claimDigests);
    List<OutgoingMail> secondRun = tx(Notifications::claimDigests);

    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(unread(taro))
        .singleElement()
        .satisfies(notification -> assertThat(notification.arguments()).containsExactly("a"));
    assertThat(digests)
        .singleElement()
        .satisfies(mail -> assertThat(mail.subject()).isEqualTo("W/LINKからのお知らせ（1件）"));
    assertThat(secondRun).isEmpty();
  }

  private static Void set(Notifications n, long who) {
    n.setPreference(who, NotificationKind.EVENT_REMINDER, DeliveryChoice.DIGEST);
    return null;
  }

  private static <T> T tx(Function<Notifications, T> work) {
    return TestDatabase.inTransaction(
        emf, em -> work.apply(new Notifications(em, CLOCK, TestMailers.toLocalSmtp(1), r -> {})));
  }

  private static List<Notification> unread(long recipient) {
    return tx(n -> n.unread(recipient));
  }
}
