package jp.wlink.web.organisation.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.Organisations;
import jp.wlink.web.security.CurrentAccount;

/** The org-admin's list of pending membership claims, with approve and reject on each. */
@Named
@ViewScoped
public class MembershipClaimsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private MembershipClaims claims;
  @Inject private Organisations organisations;
  @Inject private CurrentAccount currentAccount;
  @Inject private Messages messages;

  private ArrayList<PendingClaim> pending;
  private ArrayList<String> administered;

  @PostConstruct
  void load() {
    pending = new ArrayList<>(claims.pending());
    administered = new ArrayList<>();
    for (Organisation organisation :
        organisations.administeredBy(currentAccount.id().orElseThrow())) {
      administered.add(organisation.getName());
    }
  }

  public void approve(PendingClaim claim) {
    decided(claims.approve(claim.getClaimantId()), "orgadmin.approved", claim);
  }

  public void reject(PendingClaim claim) {
    decided(claims.reject(claim.getClaimantId()), "orgadmin.rejected", claim);
  }

  private void decided(ClaimDecision decision, String doneKey, PendingClaim claim) {
    if (decision == ClaimDecision.DECIDED) {
      messages.info(doneKey, claim.getHandle(), claim.getOrganisationName());
    } else {
      messages.error(null, "orgadmin.noLongerPending", claim.getHandle());
    }
    pending = new ArrayList<>(claims.pending());
  }

  public List<PendingClaim> getPending() {
    return pending;
  }

  /** The organisations this reviewer administers; empty for a system administrator without any. */
  public List<String> getAdministered() {
    return administered;
  }

  public boolean isAdmin() {
    return currentAccount.isAdmin();
  }
}
