package jp.wlink.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import jp.wlink.web.account.Account;
import jp.wlink.web.account.Role;
import jp.wlink.web.mail.Mailer;
import jp.wlink.web.mail.TestMailers;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notifications on MariaDB with mail to a local SMTP server: stored once per dedup key even when
 * two transactions race, nothing for a kind turned off, an instant mail in the recipient's
 * language, and one digest per recipient from whichever of two racing instances claims the day.
 */
class NotificationsPersistenceIT {
  /** 10:00 in Tokyo; each test runs on its own later day so that the digest claim is free. */
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

  private final TestDatabase db = TestDatabase.get();
  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private Mailer mailer;
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @BeforeEach
  void startServer() {
    smtp.start();
    mailer = TestMailers.toLocalSmtp(smtp.getSmtp().getPort());
  }

  @AfterEach
  void stopServer() {
    smtp.stop();
  }

  @Test
  void aRetriedJobStoresAndMailsTheNotificationOnce() {
    long taro = account(Locale.JAPANESE);

    boolean first = tx(n -> n.notify(taro, NotificationKind.MENTION, "post-1", args()));
    boolean retried = tx(n -> n.notify(taro, NotificationKind.MENTION, "post-1", args()));

    assertThat(first).isTrue();
    assertThat(retried).isFalse();
    assertThat(unread(taro)).hasSize(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void twoConcurrentCallsWithOneKeyStoreOneNotification() throws Exception {
    long taro = account(Locale.JAPANESE);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Boolean> call =
        () -> {
          start.await();
          return tx(n -> n.notify(taro, NotificationKind.MENTION, "post-2", args()));
        };

    List<Boolean> results = race(call, start);

    assertThat(results).containsExactlyInAnyOrder(true, false);
    assertThat(unread(taro)).hasSize(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aKindTurnedOffIsNeitherStoredNorMailed() {
    long taro = account(Locale.JAPANESE);
    tx(n -> set(n, taro, NotificationKind.MENTION, DeliveryChoice.OFF));

    boolean stored = tx(n -> n.notify(taro, NotificationKind.MENTION, "post-3", args()));

    assertThat(stored).isFalse();
    assertThat(unread(taro)).isEmpty();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    DeliveryChoice unchosen = tx(n -> n.preference(taro, NotificationKind.EVENT_REMINDER));
    assertThat(unchosen).isEqualTo(DeliveryChoice.INSTANT);
  }

  @Test
  void anInstantNotificationIsMailedInJapaneseToAJapaneseAccountAndCanBeMarkedRead()
      throws Exception {
    long taro = account(Locale.JAPANESE);

    tx(n -> n.notify(taro, NotificationKind.MENTION, "post-4", args()));
    Notification unread = tx(n -> n.unread(taro)).get(0);

    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("花子さんがあなたについて書き込みました");
    assertThat((String) received.getContent()).contains("花子さんが「浄水の掲示板」であなたをメンションしました。");
    assertThat(unread.arguments()).containsExactly("花子", "浄水の掲示板");
    boolean marked = tx(n -> n.markRead(taro, unread.id()));
    assertThat(marked).isTrue();
    assertThat(unread(taro)).isEmpty();
  }

  @Test
  void twoRacingDigestRunsMailOneDigestWithEveryItemIncludingDaysMissed() throws Exception {
    long taro = account(Locale.ENGLISH);
    tx(n -> set(n, taro, NotificationKind.MENTION, DeliveryChoice.DIGEST));
    tx(n -> n.notify(taro, NotificationKind.MENTION, "post-5", args()));
    clock = Clock.offset(clock, java.time.Duration.ofDays(400));
    tx(n -> n.notify(taro, NotificationKind.MENTION, "post-6", args()));
    assertThat(smtp.getReceivedMessages()).isEmpty();
    CountDownLatch start = new CountDownLatch(1);
    Callable<Integer> run =
        () -> {
          start.await();
          return new DigestJob(() -> tx(Notifications::claimDigests), mailer).round();
        };

    List<Integer> mailed = race(run, start);

    assertThat(mailed).containsExactlyInAnyOrder(1, 0);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Your W/LINK notifications (2)");
    assertThat(((String) received[0].getContent()).split("mentioned you in")).hasSize(3);
    assertThat(new DigestJob(() -> tx(Notifications::claimDigests), mailer).round()).isZero();
  }

  private static List<String> args() {
    return List.of("花子", "浄水の掲示板");
  }

  private static Void set(Notifications n, long who, NotificationKind kind, DeliveryChoice how) {
    n.setPreference(who, kind, how);
    return null;
  }

  private long account(Locale locale) {
    return db.inTransaction(
        em -> {
          Account account = TestRecords.account(em, Role.STAFF);
          account.setLocale(locale);
          return account.getId();
        });
  }

  /** Runs the work in its own transaction, then what it left to do after the commit. */
  private <T> T tx(Function<Notifications, T> work) {
    List<Runnable> afterCommit = new ArrayList<>();
    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(new Notifications(em, clock, mailer, afterCommit::add));
      em.getTransaction().commit();
      afterCommit.forEach(Runnable::run);
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static <T> List<T> race(Callable<T> call, CountDownLatch start) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<T> one = pool.submit(call);
      Future<T> two = pool.submit(call);
      start.countDown();
      return List.of(one.get(), two.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Notification> unread(long recipient) {
    return tx(n -> n.unread(recipient));
  }
}
