package jp.wlink.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * Answers to events on MariaDB: seats up to the capacity, a waiting list in the order answers came,
 * promotion when a seat frees, and many members answering at once for the last seats.
 */
class EventsPersistenceIT {
  private static final Clock CLOCK = Clock.systemUTC();

  private final TestDatabase db = TestDatabase.get();

  @Test
  void seatsGoUpToTheCapacityThenMembersWaitInTheOrderTheyAnswered() {
    long event = event(2);
    List<Long> members = members(4);

    List<RsvpOutcome> outcomes =
        members.stream().map(m -> events(e -> e.rsvp(event, m, Answer.GOING))).toList();

    assertThat(outcomes)
        .extracting(RsvpOutcome::seat)
        .containsExactly(Seat.CONFIRMED, Seat.CONFIRMED, Seat.WAITING, Seat.WAITING);
    assertThat(outcomes).extracting(RsvpOutcome::waitingPosition).containsExactly(0, 0, 1, 2);
    assertThat(waitingList(event)).containsExactly(members.get(2), members.get(3));
  }

  @Test
  void aFreedSeatGoesToTheEarliestWaitingMemberInTheSameAnswer() {
    long event = event(2);
    List<Long> m = members(4);
    m.forEach(member -> events(e -> e.rsvp(event, member, Answer.GOING)));

    RsvpOutcome notGoing = events(e -> e.rsvp(event, m.get(0), Answer.NOT_GOING));
    RsvpOutcome maybeWhileWaiting = events(e -> e.rsvp(event, m.get(3), Answer.MAYBE));
    RsvpOutcome backToGoing = events(e -> e.rsvp(event, m.get(3), Answer.GOING));
    RsvpOutcome withdrawn = events(e -> e.withdraw(event, m.get(1)));

    assertThat(notGoing.promotedAccountIds()).containsExactly(m.get(2));
    assertThat(notGoing.seat()).isEqualTo(Seat.CONFIRMED);
    assertThat(maybeWhileWaiting.promotedAccountIds()).isEmpty();
    assertThat(backToGoing.seat()).isEqualTo(Seat.WAITING);
    assertThat(backToGoing.waitingPosition()).isEqualTo(1);
    assertThat(withdrawn.promotedAccountIds()).containsExactly(m.get(3));
    assertThat(waitingList(event)).isEmpty();
    assertThat(answers(event))
        .filteredOn(Rsvp::holdsSeat)
        .extracting(r -> r.getAccount().getId())
        .containsExactlyInAnyOrder(m.get(2), m.get(3));
  }

  @Test
  void twentyMembersAnsweringAtOnceForFiveSeatsLeaveFiveSeatedAndFifteenWaitingInOrder()
      throws Exception {
    long event = event(5);
    List<Long> members = members(20);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<RsvpOutcome>> answers = new ArrayList<>();
    for (long member : members) {
      answers.add(pool.submit(() -> answerWhenStarted(start, event, member)));
    }

    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    List<RsvpOutcome> outcomes = new ArrayList<>();
    for (Future<RsvpOutcome> answer : answers) {
      outcomes.add(answer.get());
    }

    assertThat(outcomes).filteredOn(o -> o.seat() == Seat.CONFIRMED).hasSize(5);
    assertThat(outcomes).filteredOn(o -> o.seat() == Seat.WAITING).hasSize(15);
    List<Integer> positions = outcomes.stream().map(RsvpOutcome::waitingPosition).sorted().toList();
    assertThat(positions.subList(5, 20)).isEqualTo(IntStream.rangeClosed(1, 15).boxed().toList());
    List<Rsvp> stored = answers(event);
    List<Rsvp> byId = new ArrayList<>(stored);
    byId.sort(Comparator.comparing(Rsvp::getId));
    assertThat(byId.subList(0, 5)).allMatch(Rsvp::holdsSeat);
    assertThat(byId.subList(5, 20)).allMatch(r -> r.getState() == Seat.WAITING);
    assertThat(waitingList(event))
        .isEqualTo(byId.subList(5, 20).stream().map(r -> r.getAccount().getId()).toList());
  }

  private RsvpOutcome answerWhenStarted(CountDownLatch start, long event, long member)
      throws InterruptedException {
    start.await();
    return events(e -> e.rsvp(event, member, Answer.GOING));
  }

  private List<Long> waitingList(long event) {
    return events(e -> e.waitingList(event));
  }

  private List<Rsvp> answers(long event) {
    return events(e -> e.answers(event));
  }

  private <T> T events(Function<Events, T> work) {
    return db.inTransaction(em -> work.apply(new Events(em, CLOCK)));
  }

  private long event(int capacity) {
    long organiser = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    LocalDateTime start = LocalDateTime.of(2026, 12, 10, 19, 0);
    EventDraft draft =
        new EventDraft("浄水勉強会", null, start, start.plusHours(2), null, "会議室A", capacity);
    return events(
        e -> {
          try {
            return e.create(organiser, draft).getId();
          } catch (EventRefused refused) {
            throw new AssertionError(refused);
          }
        });
  }

  private List<Long> members(int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId()));
    }
    return Collections.unmodifiableList(ids);
  }
}
