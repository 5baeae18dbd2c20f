package jp.wlink.web.notifications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.jobs.DailyJobClaim;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * The notification tables, in the caller's transaction. A notification is stored at most once per
 * recipient and dedup key: storing locks the recipient's account row first, so two transactions
 * storing for the same recipient take turns, and the second finds the first's row.
 */
final class NotificationLedger {
  /** Separates the stored arguments; a control character no message argument carries. */
  private static final String SEPARATOR = "\u001f";

  static final String DIGEST_JOB = "notification-digest";
  private static final String COLUMNS = "id, recipient_id, kind, arguments, created_at";
  private static final UtcInstantConverter TIMES = new UtcInstantConverter();

  private final EntityManager em;
  private final Clock clock;

  NotificationLedger(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Stores a new notification and returns its id, or nothing when the key was stored before. */
  Optional<Long> store(
      long recipient, NotificationKind kind, String key, List<String> args, DeliveryChoice how) {
    em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
        .setParameter(1, recipient)
        .getResultList();
    if (!stored(recipient, key).isEmpty()) {
      return Optional.empty();
    }

    Object now = TIMES.convertToDatabaseColumn(clock.instant());
    // An instant notification is mailed once this transaction commits, so it counts as mailed.
    boolean instant = how == DeliveryChoice.INSTANT;
    Query insert =
        em.createNativeQuery(
                "INSERT INTO notification (recipient_id, kind, dedup_key, arguments, delivery,"
                    + " created_at, mailed_at) VALUES (?, ?, ?, ?, ?, ?, "
                    + (instant ? "?" : "NULL")
                    + ")")
            .setParameter(1, recipient)
            .setParameter(2, kind.name())
            .setParameter(3, key)
            .setParameter(4, String.join(SEPARATOR, args))
            .setParameter(5, how.name())
            .setParameter(6, now);
    if (instant) {
      insert.setParameter(7, now);
    }
    insert.executeUpdate();
    return Optional.of(((Number) stored(recipient, key).get(0)).longValue());
  }

  private List<?> stored(long recipient, String key) {
    return em.createNativeQuery(
            "SELECT id FROM notification WHERE recipient_id = ? AND dedup_key = ? FOR UPDATE")
        .setParameter(1, recipient)
        .setParameter(2, key)
        .getResultList();
  }

  DeliveryChoice preference(long recipient, NotificationKind kind) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT delivery FROM notification_preference WHERE recipient_id = ? AND kind = ?")
            .setParameter(1, recipient)
            .setParameter(2, kind.name())
            .getResultList();
    return rows.isEmpty() ? DeliveryChoice.DEFAULT : DeliveryChoice.valueOf((String) rows.get(0));
  }

  void setPreference(long recipient, NotificationKind kind, DeliveryChoice choice) {
    em.createNativeQuery("DELETE FROM notification_preference WHERE recipient_id = ? AND kind = ?")
        .setParameter(1, recipient)
        .setParameter(2, kind.name())
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO notification_preference (recipient_id, kind, delivery)"
                + " VALUES (?, ?, ?)")
        .setParameter(1, recipient)
        .setParameter(2, kind.name())
        .setParameter(3, choice.name())
        .executeUpdate();
  }

  List<Notification> unread(long recipient) {
    return read(
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM notification WHERE recipient_id = ?"
                    + " AND read_at IS NULL ORDER BY created_at DESC, id DESC")
            .setParameter(1, recipient)
            .getResultList());
  }

  Notification find(long id) {
    return read(em.createNativeQuery("SELECT " + COLUMNS + " FROM notification WHERE id = ?")
            .setParameter(1, id)
            .getResultList())
        .get(0);
  }

  /** Marks the recipient's own notification read; false when it is not theirs or already read. */
  boolean markRead(long recipient, long id) {
    return em.createNativeQuery(
                "UPDATE notification SET read_at = ? WHERE id = ? AND recipient_id = ?"
                    + " AND read_at IS NULL")
            .setParameter(1, TIMES.convertToDatabaseColumn(clock.instant()))
            .setParameter(2, id)
            .setParameter(3, recipient)
            .executeUpdate()
        == 1;
  }

  /**
   * Claims the digest of the given Japan day for this instance. Others wait on the claim row until
   * this transaction ends, then find the day taken.
   */
  boolean claimDigest(LocalDate day) {
    return DailyJobClaim.claim(em, DIGEST_JOB, day, clock.instant());
  }

  /** Every digest notification not yet mailed, by recipient, and marks them mailed. */
  List<Notification> takeUndigested() {
    List<Notification> due =
        read(
            em.createNativeQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM notification WHERE delivery = 'DIGEST'"
                        + " AND mailed_at IS NULL ORDER BY recipient_id, created_at, id")
                .getResultList());
    em.createNativeQuery(
            "UPDATE notification SET mailed_at = ? WHERE delivery = 'DIGEST'"
                + " AND mailed_at IS NULL")
        .setParameter(1, TIMES.convertToDatabaseColumn(clock.instant()))
        .executeUpdate();
    return due;
  }

  private static List<Notification> read(List<?> rows) {
    return rows.stream().map(row -> notification((Object[]) row)).toList();
  }

  private static Notification notification(Object[] row) {
    String args = (String) row[3];
    return new Notification(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        NotificationKind.valueOf((String) row[2]),
        args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
        TIMES.convertToEntityAttribute(row[4]));
  }
}
