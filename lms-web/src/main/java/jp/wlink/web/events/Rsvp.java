package jp.wlink.web.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.wlink.web.account.Account;

/**
 * One member's answer to one event (at most one each). A GOING answer either holds a seat or waits;
 * waiting answers are served in the order of their time, then their id.
 */
@Entity
@Table(name = "event_rsvp")
public class Rsvp {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "event_id")
  private Event event;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Answer answer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Seat state;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Version private long version;

  protected Rsvp() {}

  Rsvp(Event event, Account account) {
    this.event = event;
    this.account = account;
  }

  void answer(Answer answer, Seat state, Instant now) {
    this.answer = answer;
    this.state = state;
    this.answeredAt = now;
  }

  /** Moves a waiting answer into a freed seat; its time stays as it was. */
  void promote() {
    this.state = Seat.CONFIRMED;
  }

  boolean holdsSeat() {
    return answer == Answer.GOING && state == Seat.CONFIRMED;
  }

  public Long getId() {
    return id;
  }

  public Event getEvent() {
    return event;
  }

  public Account getAccount() {
    return account;
  }

  public Answer getAnswer() {
    return answer;
  }

  public Seat getState() {
    return state;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
