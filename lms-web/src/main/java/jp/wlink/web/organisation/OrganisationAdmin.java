package jp.wlink.web.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * States that an account administers an organisation: it reviews who claims to belong there. An
 * account may administer several organisations, and an organisation may have several admins.
 */
@Entity
@Table(name = "organisation_admin")
@IdClass(OrganisationAdmin.Key.class)
@NamedQuery(
    name = OrganisationAdmin.ORGANISATIONS_OF,
    query =
        "SELECT o FROM Organisation o WHERE o.id IN (SELECT oa.organisationId"
            + " FROM OrganisationAdmin oa WHERE oa.accountId = :accountId) ORDER BY o.name")
@NamedQuery(
    name = OrganisationAdmin.COUNT,
    query =
        "SELECT COUNT(oa) FROM OrganisationAdmin oa"
            + " WHERE oa.organisationId = :organisationId AND oa.accountId = :accountId")
public class OrganisationAdmin {
  public static final String ORGANISATIONS_OF = "OrganisationAdmin.organisationsOf";
  public static final String COUNT = "OrganisationAdmin.count";

  @Id
  @Column(name = "organisation_id")
  private Long organisationId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  protected OrganisationAdmin() {}

  public OrganisationAdmin(long organisationId, long accountId) {
    this.organisationId = organisationId;
    this.accountId = accountId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public long getAccountId() {
    return accountId;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long organisationId;
    private Long accountId;

    public Key() {}

    public Key(long organisationId, long accountId) {
      this.organisationId = organisationId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(organisationId, key.organisationId)
          && Objects.equals(accountId, key.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(organisationId, accountId);
    }
  }
}
