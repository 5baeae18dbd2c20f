package jp.wlink.web.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A link mailed to an account holder, stored as the hash of its secret. It expires after its
 * purpose's lifetime and is used at most once; a change-of-email token also carries the new
 * address, which becomes the account's only when the link is opened.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = AccountToken.BY_HASH,
    query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(
    name = AccountToken.DISCARD_OPEN,
    query =
        "DELETE FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
            + " AND t.usedAt IS NULL")
public class AccountToken {
  public static final String BY_HASH = "AccountToken.byHash";
  public static final String DISCARD_OPEN = "AccountToken.discardOpen";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "new_email")
  private String newEmail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** A token that confirms {@code newEmail} as the account's new address. */
  public static AccountToken changeOfEmail(
      Account account, String newEmail, String tokenHash, Instant now) {
    AccountToken token = new AccountToken(account, TokenPurpose.CHANGE_EMAIL, tokenHash, now);
    token.newEmail = Account.normaliseEmail(newEmail);
    return token;
  }

  /** Used beats expired: a link that did its job should say so, however late it is opened. */
  public TokenState stateAt(Instant now) {
    if (usedAt != null) {
      return TokenState.USED;
    }
    return now.isBefore(expiresAt) ? TokenState.USABLE : TokenState.EXPIRED;
  }

  public void use(Instant now) {
    if (stateAt(now) != TokenState.USABLE) {
      throw new IllegalStateException("Token " + id + " is " + stateAt(now));
    }
    usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
