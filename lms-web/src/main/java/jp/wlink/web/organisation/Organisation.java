package jp.wlink.web.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.wlink.web.region.Prefecture;

/**
 * A utility, company, university or other body that members say they belong to. Its name is unique
 * across W/LINK and never blank; the prefecture is where it is based, when known.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "SELECT o FROM Organisation o ORDER BY o.name")
@NamedQuery(
    name = Organisation.COUNT_BY_NAME,
    query = "SELECT COUNT(o) FROM Organisation o WHERE o.name = :name")
public class Organisation {
  public static final String ALL = "Organisation.all";
  public static final String COUNT_BY_NAME = "Organisation.countByName";
  public static final int MAX_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;

  @Enumerated(EnumType.STRING)
  private Prefecture prefecture;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Organisation() {}

  public Organisation(String name, OrganisationKind kind, Prefecture prefecture, Instant now) {
    this.name = normaliseName(name);
    if (this.name.isEmpty() || this.name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("An organisation name has 1 to 200 characters");
    }
    this.kind = Objects.requireNonNull(kind);
    this.prefecture = prefecture;
    this.createdAt = Objects.requireNonNull(now);
  }

  /** Surrounding spaces (including full-width ones) are never part of a name. */
  public static String normaliseName(String name) {
    return Objects.requireNonNull(name).strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public Prefecture getPrefecture() {
    return prefecture;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
