package jp.wlink.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The count of recent failed logins for one account or one address, and its current lock. */
@Entity
@Table(name = "login_throttle")
public class LoginFailures {
  @EmbeddedId private Key key;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginFailures() {}

  LoginFailures(LoginSubject kind, String subject, Instant now) {
    this.key = new Key(kind, subject);
    this.lastFailureAt = now;
  }

  void record(LockoutPolicy policy, Instant now) {
    if (!policy.remembers(lastFailureAt, now)) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    lockedUntil = policy.lockAfter(failures, now).orElse(null);
  }

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  int failures() {
    return failures;
  }

  /** Primary key: which kind of subject, and the subject itself. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private LoginSubject kind;

    @Column(name = "subject")
    private String subject;

    protected Key() {}

    Key(LoginSubject kind, String subject) {
      this.kind = Objects.requireNonNull(kind);
      this.subject = Objects.requireNonNull(subject);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && kind == key.kind && subject.equals(key.subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, subject);
    }
  }
}
