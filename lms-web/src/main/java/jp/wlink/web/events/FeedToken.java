package jp.wlink.web.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's private calendar feed: only the SHA-256 of the secret in the feed's address is kept. A
 * member has at most one; renewing it replaces the hash, so the old address stops working.
 */
@Entity
@Table(name = "event_feed")
@NamedQuery(name = FeedToken.BY_HASH, query = "SELECT f FROM FeedToken f WHERE f.tokenHash = :hash")
public class FeedToken {
  static final String BY_HASH = "FeedToken.byHash";

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected FeedToken() {}

  FeedToken(long accountId, String tokenHash, Instant now) {
    this.accountId = accountId;
    renew(tokenHash, now);
  }

  void renew(String tokenHash, Instant now) {
    this.tokenHash = tokenHash;
    this.createdAt = now;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
