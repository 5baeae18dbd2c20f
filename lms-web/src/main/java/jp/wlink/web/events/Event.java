package jp.wlink.web.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZonedDateTime;
import jp.wlink.web.account.Account;

/**
 * An event on the platform. Start and end are instants, shown in Japan time; a null capacity means
 * no limit, so nobody ever waits.
 */
@Entity
@Table(name = "platform_event")
public class Event {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organiser_id")
  private Account organiser;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "online_url")
  private String onlineUrl;

  private String venue;

  private Integer capacity;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Event() {}

  Event(Account organiser, EventDraft draft, Instant now) {
    this.organiser = organiser;
    this.title = draft.title().strip();
    this.description = EventDraft.blank(draft.description()) ? null : draft.description().strip();
    this.startsAt = draft.startsAt();
    this.endsAt = draft.endsAt();
    this.onlineUrl = EventDraft.blank(draft.onlineUrl()) ? null : draft.onlineUrl().strip();
    this.venue = EventDraft.blank(draft.venue()) ? null : draft.venue().strip();
    this.capacity = draft.capacity();
    this.createdAt = now;
  }

  /** Whether one more GOING answer can have a seat when this many already hold one. */
  boolean hasSeatFor(long seatsTaken) {
    return capacity == null || seatsTaken < capacity;
  }

  public ZonedDateTime startsInJapan() {
    return startsAt.atZone(EventDraft.JAPAN);
  }

  public ZonedDateTime endsInJapan() {
    return endsAt.atZone(EventDraft.JAPAN);
  }

  public Long getId() {
    return id;
  }

  public Account getOrganiser() {
    return organiser;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public String getVenue() {
    return venue;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public long getVersion() {
    return version;
  }
}
