package jp.wlink.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.wlink.web.account.Role;
import jp.wlink.web.account.TokenSecret;
import jp.wlink.web.testing.H2Database;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo runs on H2: the events migration, the locked answers with a waiting list and
 * the private feed must work there as on MariaDB.
 */
class EventsOnH2Test {
  private static final Clock CLOCK = Clock.systemUTC();
  private static EntityManagerFactory emf;

  @BeforeAll
  static void migrate() {
    emf = H2Database.migrated("events");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void aFullEventQueuesThenPromotesAndTheMembersFeedFollowsOnH2() throws Exception {
    long organiser = account(Role.HOST);
    long first = account(Role.STAFF);
    long second = account(Role.STAFF);
    LocalDateTime start = LocalDateTime.of(2026, 12, 10, 23, 30);
    EventDraft draft =
        new EventDraft("夜の勉強会", "説明", start, start.plusHours(1), "https://m.example/a", null, 1);
    long event = inTx(em -> create(new Events(em, CLOCK), organiser, draft));

    inTx(em -> new Events(em, CLOCK).rsvp(event, first, Answer.GOING));
    RsvpOutcome waiting = inTx(em -> new Events(em, CLOCK).rsvp(event, second, Answer.GOING));
    RsvpOutcome freed = inTx(em -> new Events(em, CLOCK).rsvp(event, first, Answer.NOT_GOING));
    TokenSecret secret = inTx(em -> new CalendarFeeds(em, CLOCK).renew(second));
    Optional<String> feed = inTx(em -> new CalendarFeeds(em, CLOCK).feed(secret.value(), "W"));
    Optional<String> firstFeed = feedOf(first);

    assertThat(waiting.seat()).isEqualTo(Seat.WAITING);
    assertThat(freed.promotedAccountIds()).containsExactly(second);
    assertThat(feed)
        .hasValueSatisfying(ics -> assertThat(ics).contains("DTSTART:20261210T143000Z"));
    assertThat(firstFeed).hasValueSatisfying(ics -> assertThat(ics).doesNotContain("VEVENT"));
  }

  @Test
  void renewingTheFeedSecretRevokesTheOldOneAndRevokingTurnsTheFeedOff() {
    long member = account(Role.STAFF);

    TokenSecret old = inTx(em -> new CalendarFeeds(em, CLOCK).renew(member));
    TokenSecret renewed = inTx(em -> new CalendarFeeds(em, CLOCK).renew(member));
    Optional<String> byOld = inTx(em -> new CalendarFeeds(em, CLOCK).feed(old.value(), "W"));
    Optional<String> byNew = inTx(em -> new CalendarFeeds(em, CLOCK).feed(renewed.value(), "W"));
    inTx(
        em -> {
          new CalendarFeeds(em, CLOCK).revoke(member);
          return null;
        });
    Optional<String> afterRevoke =
        inTx(em -> new CalendarFeeds(em, CLOCK).feed(renewed.value(), "W"));
    boolean stillOn = inTx(em -> new CalendarFeeds(em, CLOCK).hasFeed(member));

    assertThat(byOld).isEmpty();
    assertThat(byNew).isPresent();
    assertThat(afterRevoke).isEmpty();
    assertThat(stillOn).isFalse();
  }

  private static Optional<String> feedOf(long member) {
    TokenSecret secret = inTx(em -> new CalendarFeeds(em, CLOCK).renew(member));
    return inTx(em -> new CalendarFeeds(em, CLOCK).feed(secret.value(), "W"));
  }

  private static long create(Events events, long organiser, EventDraft draft) {
    try {
      return events.create(organiser, draft).getId();
    } catch (EventRefused refused) {
      throw new AssertionError(refused);
    }
  }

  private static long account(Role role) {
    return inTx(em -> TestRecords.account(em, role).getId());
  }

  private static <T> T inTx(java.util.function.Function<jakarta.persistence.EntityManager, T> w) {
    return TestDatabase.inTransaction(emf, w);
  }
}
