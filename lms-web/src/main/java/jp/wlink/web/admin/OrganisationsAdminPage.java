package jp.wlink.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.organisation.DuplicateOrganisationName;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.OrganisationKind;
import jp.wlink.web.organisation.Organisations;
import jp.wlink.web.region.Prefecture;

/** The administrator adds organisations and sees the ones there are. */
@Named
@ViewScoped
public class OrganisationsAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Organisations organisations;
  @Inject private Messages messages;

  private String name;
  private OrganisationKind kind;
  private Prefecture prefecture;
  private ArrayList<OrganisationRow> rows;

  @PostConstruct
  void load() {
    rows = new ArrayList<>();
    for (Organisation organisation : organisations.all()) {
      rows.add(new OrganisationRow(organisation));
    }
  }

  public void create() {
    if (name == null || name.isBlank()) {
      messages.error("organisation:name", "validation.required");
      return;
    }
    try {
      Organisation created = organisations.create(name, kind, prefecture);
      messages.info("org.created", created.getName());
      name = null;
      kind = null;
      prefecture = null;
      load();
    } catch (DuplicateOrganisationName duplicate) {
      messages.error("organisation:name", "org.duplicate");
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public Prefecture getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(Prefecture prefecture) {
    this.prefecture = prefecture;
  }

  public List<OrganisationRow> getRows() {
    return rows;
  }

  public List<OrganisationKind> getKinds() {
    return List.of(OrganisationKind.values());
  }

  public List<Prefecture> getPrefectures() {
    return List.of(Prefecture.values());
  }

  public int getMaxNameLength() {
    return Organisation.MAX_NAME_LENGTH;
  }
}
