package jp.wlink.web.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person's login to W/LINK: an email address (unique, stored lower-case), a public handle
 * (unique) and a password hash. The account always holds at least one role.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.BY_HANDLE, query = "SELECT a FROM Account a WHERE a.handle = :handle")
@NamedQuery(
    name = Account.COUNT_HANDLE_IGNORING_CASE,
    query = "SELECT COUNT(a) FROM Account a WHERE LOWER(a.handle) = LOWER(:handle)")
public class Account {
  public static final String BY_EMAIL = "Account.byEmail";
  public static final String BY_HANDLE = "Account.byHandle";
  public static final String COUNT_HANDLE_IGNORING_CASE = "Account.countHandleIgnoringCase";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String handle;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AccountStatus status;

  @Column(nullable = false)
  private String locale;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected Account() {}

  public Account(String email, String handle, String passwordHash, Role role, Instant now) {
    this.email = normaliseEmail(email);
    this.handle = Objects.requireNonNull(handle);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.status = AccountStatus.PENDING;
    this.locale = "ja";
    this.createdAt = Objects.requireNonNull(now);
    this.roles.add(Objects.requireNonNull(role));
  }

  public static String normaliseEmail(String email) {
    return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
  }

  public void verifyEmail(Instant now) {
    if (status == AccountStatus.PENDING) {
      status = AccountStatus.ACTIVE;
    }
    emailVerifiedAt = now;
  }

  public void changeEmail(String newEmail, Instant now) {
    email = normaliseEmail(newEmail);
    emailVerifiedAt = now;
  }

  public void changePasswordHash(String newHash) {
    passwordHash = Objects.requireNonNull(newHash);
  }

  public void grant(Role role) {
    roles.add(Objects.requireNonNull(role));
  }

  /** Takes a role away; the last role stays, because an account without a role cannot log in. */
  public boolean revoke(Role role) {
    if (roles.size() == 1 && roles.contains(role)) {
      return false;
    }
    return roles.remove(role);
  }

  public void disable() {
    status = AccountStatus.DISABLED;
  }

  public void enable() {
    status = emailVerifiedAt == null ? AccountStatus.PENDING : AccountStatus.ACTIVE;
  }

  public boolean holds(Role role) {
    return roles.contains(role);
  }

  public boolean canLogIn() {
    return status == AccountStatus.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getHandle() {
    return handle;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(locale);
  }

  public void setLocale(Locale locale) {
    this.locale = locale.getLanguage();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEmailVerifiedAt() {
    return emailVerifiedAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public long getVersion() {
    return version;
  }
}
