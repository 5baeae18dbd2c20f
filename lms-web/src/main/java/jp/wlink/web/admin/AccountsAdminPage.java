package jp.wlink.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.web.account.AccountStatus;
import jp.wlink.web.account.Role;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.Organisations;
import org.primefaces.component.datatable.DataTable;

/**
 * The administrator's account list: filter, page through, pick one account, then change its roles,
 * switch it on or off, or make it an organisation admin. Each change reports its outcome.
 */
@Named
@ViewScoped
public class AccountsAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String TABLE = ":accountAdmin:accounts";

  @Inject private AccountAdministration administration;
  @Inject private Organisations organisations;
  @Inject private Messages messages;

  private final AccountFilter filter = new AccountFilter();
  private AccountList accounts;
  private AccountRow selected;
  private ArrayList<SelectItem> administered;
  private ArrayList<SelectItem> organisationItems;
  private Long organisationId;

  @PostConstruct
  void load() {
    accounts = new AccountList(administration, filter);
    organisationItems = new ArrayList<>();
    for (Organisation organisation : organisations.all()) {
      organisationItems.add(new SelectItem(organisation.getId(), organisation.getName()));
    }
  }

  /** The list reads the filter on its next load; the table starts again at its first page. */
  public void search() {
    selected = null;
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table instanceof DataTable dataTable) {
      dataTable.reset();
    }
  }

  public void select(long accountId) {
    selected = administration.row(accountId);
    administered = new ArrayList<>();
    for (Organisation organisation : administration.administeredBy(accountId)) {
      administered.add(new SelectItem(organisation.getId(), organisation.getName()));
    }
  }

  public void grant(Role role) {
    report(administration.grant(selected.getId(), role), "admin.granted", roleName(role));
  }

  public void revoke(Role role) {
    report(administration.revoke(selected.getId(), role), "admin.revoked", roleName(role));
  }

  public void disable() {
    report(administration.disable(selected.getId()), "admin.disabled", "");
  }

  public void enable() {
    report(administration.enable(selected.getId()), "admin.enabled", "");
  }

  public void makeOrganisationAdmin() {
    if (organisationId == null) {
      messages.error("accountAdmin:adminOrganisation", "validation.required");
      return;
    }
    AdminOutcome outcome = administration.makeOrganisationAdmin(selected.getId(), organisationId);
    report(outcome, "admin.orgAdminAssigned", label(organisationItems, organisationId));
    organisationId = null;
  }

  public void removeOrganisationAdmin(long organisation) {
    String name = label(administered, organisation);
    report(
        administration.removeOrganisationAdmin(selected.getId(), organisation),
        "admin.orgAdminRemoved",
        name);
  }

  /** Says what happened: the change made, or why it was not. Then shows the account afresh. */
  private void report(AdminOutcome outcome, String doneKey, String detail) {
    String handle = selected.getHandle();
    switch (outcome) {
      case DONE -> messages.info(doneKey, handle, detail);
      case UNCHANGED -> messages.info(outcome.getMessageKey(), handle);
      default -> messages.error(null, outcome.getMessageKey(), handle);
    }
    select(selected.getId());
  }

  private String roleName(Role role) {
    return messages.text("role." + role.groupName());
  }

  private static String label(List<SelectItem> items, long value) {
    return items.stream()
        .filter(item -> Long.valueOf(value).equals(item.getValue()))
        .map(SelectItem::getLabel)
        .findFirst()
        .orElse("");
  }

  public AccountFilter getFilter() {
    return filter;
  }

  public AccountList getAccounts() {
    return accounts;
  }

  public AccountRow getSelected() {
    return selected;
  }

  public String getSelectedStatusText() {
    return selected == null ? "" : messages.text("admin.status." + selected.getStatus());
  }

  public List<SelectItem> getAdministered() {
    return administered;
  }

  public List<SelectItem> getOrganisationItems() {
    return organisationItems;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public List<AccountStatus> getStatuses() {
    return List.of(AccountStatus.values());
  }
}
