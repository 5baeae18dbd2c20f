package jp.wlink.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.account.Account;

/**
 * Creates events and records members' answers. Every answer locks its event's row first, so answers
 * to one event are taken one at a time: two members never both get the last seat, and a seat freed
 * by a change of answer or a withdrawal goes to the earliest waiting member in the same
 * transaction.
 */
@ApplicationScoped
public class Events {
  private static final Logger LOG = Logger.getLogger(Events.class.getName());
  private static final Comparator<Rsvp> IN_ORDER =
      Comparator.comparing(Rsvp::getAnsweredAt)
          .thenComparing(Rsvp::getId, Comparator.nullsLast(Comparator.naturalOrder()));

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;

  public Events() {}

  /** For persistence tests, which have no container to inject into. */
  Events(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
  }

  // LIMITATION: no edit, cancel or capacity change yet, and who may organise is left to the pages.
  @Transactional(rollbackOn = EventRefused.class)
  public Event create(long organiserId, EventDraft draft) throws EventRefused {
    Optional<EventRefused.Problem> problem = draft.problem();
    if (problem.isPresent()) {
      throw new EventRefused(problem.get());
    }

    Event event = new Event(em.find(Account.class, organiserId), draft, clock.instant());
    em.persist(event);
    em.flush();

    LOG.info(() -> "Account " + organiserId + " created event " + event.getId());
    return event;
  }

  public Optional<Event> find(long eventId) {
    return Optional.ofNullable(em.find(Event.class, eventId));
  }

  /**
   * Records a member's answer. GOING takes a free seat or joins the end of the waiting list; a seat
   * given up by another answer goes to the earliest waiting member.
   */
  @Transactional
  public RsvpOutcome rsvp(long eventId, long accountId, Answer answer) {
    Objects.requireNonNull(answer);
    Event event = locked(eventId);
    List<Rsvp> answers = lockedAnswers(event);
    Rsvp mine = mine(answers, accountId).orElse(null);
    if (mine != null && mine.getAnswer() == answer) {
      return outcome(answers, mine, List.of());
    }

    boolean hadSeat = mine != null && mine.holdsSeat();
    if (mine == null) {
      mine = new Rsvp(event, em.find(Account.class, accountId));
      em.persist(mine);
      answers.add(mine);
    }
    mine.answer(answer, seatFor(event, answers, answer, mine), clock.instant());
    // LIMITATION: the promoted are returned, not announced by a CDI event; the mail feature will.
    List<Long> promoted = hadSeat ? fillFreedSeats(event, answers) : List.of();
    em.flush();

    Seat seat = mine.getState();
    LOG.info(
        () ->
            "Account "
                + accountId
                + " answered "
                + answer
                + " ("
                + seat
                + ") to event "
                + eventId
                + "; promoted "
                + promoted);
    return outcome(answers, mine, promoted);
  }

  /**
   * Takes back a member's answer altogether; a seat it held goes to the earliest waiting member.
   */
  @Transactional
  public RsvpOutcome withdraw(long eventId, long accountId) {
    Event event = locked(eventId);
    List<Rsvp> answers = lockedAnswers(event);
    Optional<Rsvp> mine = mine(answers, accountId);
    if (mine.isEmpty()) {
      return RsvpOutcome.withdrawn(List.of());
    }

    em.remove(mine.get());
    answers.remove(mine.get());
    List<Long> promoted = mine.get().holdsSeat() ? fillFreedSeats(event, answers) : List.of();
    em.flush();

    LOG.info(
        () ->
            "Account " + accountId + " withdrew from event " + eventId + "; promoted " + promoted);
    return RsvpOutcome.withdrawn(promoted);
  }

  /** Every answer to the event in the order given, for the organiser's list. */
  public List<Rsvp> answers(long eventId) {
    return em.createQuery(
            "SELECT r FROM Rsvp r WHERE r.event.id = :event ORDER BY r.answeredAt, r.id",
            Rsvp.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  /** The account ids on the waiting list, first in line first. */
  public List<Long> waitingList(long eventId) {
    return answers(eventId).stream()
        .filter(r -> r.getAnswer() == Answer.GOING && r.getState() == Seat.WAITING)
        .map(r -> r.getAccount().getId())
        .toList();
  }

  private Event locked(long eventId) {
    Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new IllegalArgumentException("No event " + eventId);
    }
    return event;
  }

  // LIMITATION: every answer loads and locks all the event's answers; fine for hundreds, not 10^5.
  /** A locking read, so it sees the answers committed by whoever held the event's lock before. */
  private List<Rsvp> lockedAnswers(Event event) {
    return new ArrayList<>(
        em.createQuery(
                "SELECT r FROM Rsvp r WHERE r.event = :event ORDER BY r.answeredAt, r.id",
                Rsvp.class)
            .setParameter("event", event)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList());
  }

  private static Optional<Rsvp> mine(List<Rsvp> answers, long accountId) {
    return answers.stream().filter(r -> r.getAccount().getId() == accountId).findFirst();
  }

  private static Seat seatFor(Event event, List<Rsvp> answers, Answer answer, Rsvp mine) {
    if (answer != Answer.GOING) {
      return Seat.CONFIRMED;
    }
    long taken = answers.stream().filter(r -> r != mine && r.holdsSeat()).count();
    boolean queue = answers.stream().anyMatch(r -> r != mine && waiting(r));
    return event.hasSeatFor(taken) && !queue ? Seat.CONFIRMED : Seat.WAITING;
  }

  private static List<Long> fillFreedSeats(Event event, List<Rsvp> answers) {
    long taken = answers.stream().filter(Rsvp::holdsSeat).count();
    List<Long> promoted = new ArrayList<>();
    for (Rsvp next : answers.stream().filter(Events::waiting).sorted(IN_ORDER).toList()) {
      if (!event.hasSeatFor(taken)) {
        break;
      }
      next.promote();
      taken++;
      promoted.add(next.getAccount().getId());
    }
    return promoted;
  }

  private static RsvpOutcome outcome(List<Rsvp> answers, Rsvp mine, List<Long> promoted) {
    List<Rsvp> queue = answers.stream().filter(Events::waiting).sorted(IN_ORDER).toList();
    int position = waiting(mine) ? queue.indexOf(mine) + 1 : 0;
    return new RsvpOutcome(mine.getAnswer(), mine.getState(), position, promoted);
  }

  private static boolean waiting(Rsvp rsvp) {
    return rsvp.getAnswer() == Answer.GOING && rsvp.getState() == Seat.WAITING;
  }
}
