package jp.wlink.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.web.account.TokenSecret;

/**
 * Each member's private calendar feed: the events they answered GOING (seated or waiting) or MAYBE
 * to, reached by an unguessable secret in the address. Only the secret's hash is stored, so the
 * address is shown when it is made; making a new one revokes the old.
 */
@ApplicationScoped
public class CalendarFeeds {
  private static final Logger LOG = Logger.getLogger(CalendarFeeds.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Clock clock;

  public CalendarFeeds() {}

  /** For persistence tests, which have no container to inject into. */
  CalendarFeeds(EntityManager em, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.clock = Objects.requireNonNull(clock);
  }

  // LIMITATION: only the hash is kept, so a lost address cannot be shown again, only replaced.
  /** Makes the member's feed secret anew; any earlier one stops working at once. */
  @Transactional
  public TokenSecret renew(long accountId) {
    TokenSecret secret = TokenSecret.generate();
    FeedToken feed = em.find(FeedToken.class, accountId);
    if (feed == null) {
      em.persist(new FeedToken(accountId, secret.hash(), clock.instant()));
    } else {
      feed.renew(secret.hash(), clock.instant());
    }
    em.flush();

    LOG.info(() -> "Account " + accountId + " made a new calendar feed address");
    return secret;
  }

  /** Turns the member's feed off altogether. */
  @Transactional
  public void revoke(long accountId) {
    FeedToken feed = em.find(FeedToken.class, accountId);
    if (feed != null) {
      em.remove(feed);
      LOG.info(() -> "Account " + accountId + " turned off the calendar feed");
    }
  }

  public boolean hasFeed(long accountId) {
    return em.find(FeedToken.class, accountId) != null;
  }

  /** The feed as iCalendar text, or empty for a secret that is unknown or revoked. */
  public Optional<String> feed(String secret, String calendarName) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    List<FeedToken> found =
        em.createNamedQuery(FeedToken.BY_HASH, FeedToken.class)
            .setParameter("hash", TokenSecret.hashOf(secret))
            .getResultList();
    return found.stream()
        .findFirst()
        .map(f -> EventCalendar.feed(eventsOf(f.getAccountId()), clock.instant(), calendarName));
  }

  /** The events the member answered GOING or MAYBE to, soonest first. */
  public List<Event> eventsOf(long accountId) {
    return em.createQuery(
            "SELECT r.event FROM Rsvp r WHERE r.account.id = :account AND r.answer IN :answers"
                + " ORDER BY r.event.startsAt, r.event.id",
            Event.class)
        .setParameter("account", accountId)
        .setParameter("answers", List.of(Answer.GOING, Answer.MAYBE))
        .getResultList();
  }
}
