package jp.wlink.web.notifications;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import jp.wlink.course.progress.Pace;
import jp.wlink.web.account.Account;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.mail.Mailer;
import jp.wlink.web.mail.OutgoingMail;

/**
 * Tells members what happened: stores each notification once per recipient and dedup key (a retried
 * job calling again changes nothing), leaves it out when the recipient turned its kind off, and
 * mails an instant one in the recipient's language once the caller's transaction has committed.
 * Digest notifications wait for {@link DigestJob}.
 */
@ApplicationScoped
public class Notifications {
  private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

  /** The Japan time from which the day's digest goes out. */
  static final LocalTime DIGEST_FROM = LocalTime.of(7, 0);

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Mailer mailer;
  @Inject private Messages messages;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  private Consumer<Runnable> afterCommit;

  public Notifications() {}

  /** For tests outside a container: they run {@code afterCommit}'s work once they commit. */
  Notifications(EntityManager em, Clock clock, Mailer mailer, Consumer<Runnable> afterCommit) {
    this.em = em;
    this.clock = clock;
    this.mailer = mailer;
    this.messages = new Messages();
    this.afterCommit = afterCommit;
  }

  // LIMITATION: an instant mail that fails after the commit is not retried; the app still shows it.
  /** Notifies the recipient unless this dedup key was used for them before; returns whether new. */
  @Transactional
  public boolean notify(
      long recipient, NotificationKind kind, String dedupKey, List<String> arguments) {
    DeliveryChoice how = ledger().preference(recipient, kind);
    if (how == DeliveryChoice.OFF) {
      return false;
    }
    Optional<Long> stored = ledger().store(recipient, kind, dedupKey, arguments, how);
    if (stored.isEmpty()) {
      LOG.fine(() -> "Notification " + dedupKey + " was stored before; nothing to do");
      return false;
    }

    if (how == DeliveryChoice.INSTANT) {
      OutgoingMail mail = mails().instant(em.find(Account.class, recipient), find(stored.get()));
      runAfterCommit(() -> mailer.send(mail));
    }
    LOG.info(() -> "Stored " + kind + " notification " + stored.get() + " (" + how + ")");
    return true;
  }

  @Transactional
  public List<Notification> unread(long recipient) {
    return ledger().unread(recipient);
  }

  @Transactional
  public boolean markRead(long recipient, long notificationId) {
    return ledger().markRead(recipient, notificationId);
  }

  @Transactional
  public DeliveryChoice preference(long recipient, NotificationKind kind) {
    return ledger().preference(recipient, kind);
  }

  @Transactional
  public void setPreference(long recipient, NotificationKind kind, DeliveryChoice choice) {
    ledger().setPreference(recipient, kind, choice);
  }

  /**
   * Claims today's digest (in Japan) for this instance and takes every digest notification not yet
   * mailed, also those of days missed while W/LINK was down, as one mail per recipient. Empty when
   * another instance has claimed today, or before {@link #DIGEST_FROM}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutgoingMail> claimDigests() {
    var now = clock.instant().atZone(Pace.JAPAN);
    if (now.toLocalTime().isBefore(DIGEST_FROM) || !ledger().claimDigest(now.toLocalDate())) {
      return List.of();
    }
    Map<Long, List<Notification>> byRecipient = new LinkedHashMap<>();
    for (Notification notification : ledger().takeUndigested()) {
      byRecipient
          .computeIfAbsent(notification.recipientId(), id -> new ArrayList<>())
          .add(notification);
    }
    List<OutgoingMail> digests = new ArrayList<>();
    byRecipient.forEach(
        (id, items) -> digests.add(mails().digest(em.find(Account.class, id), items)));
    return digests;
  }

  private Notification find(long id) {
    return ledger().find(id);
  }

  private void runAfterCommit(Runnable work) {
    if (afterCommit != null) {
      afterCommit.accept(work);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              work.run();
            }
          }
        });
  }

  private NotificationLedger ledger() {
    return new NotificationLedger(em, clock);
  }

  private NotificationMails mails() {
    return new NotificationMails(messages);
  }
}
