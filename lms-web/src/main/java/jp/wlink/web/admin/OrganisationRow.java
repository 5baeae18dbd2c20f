package jp.wlink.web.admin;

import java.io.Serializable;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.region.Prefecture;

/** One organisation as the administration page lists it; a copy the page can keep. */
public final class OrganisationRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final OrganisationKind kind;
  private final Prefecture prefecture;

  public OrganisationRow(Organisation organisation) {
    this.id = organisation.getId();
    this.name = organisation.getName();
    this.kind = organisation.getKind();
    this.prefecture = organisation.getPrefecture();
  }

  public long getId() {
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
}
