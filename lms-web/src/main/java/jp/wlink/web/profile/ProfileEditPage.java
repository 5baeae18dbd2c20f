package jp.wlink.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.organisation.Organisations;
import jp.wlink.web.region.Prefecture;
import jp.wlink.web.security.CurrentAccount;

/**
 * The logged-in member edits their own profile. Limits are checked before anything is saved, and a
 * save that would overwrite a newer one is refused; either way the form keeps what was typed.
 */
@Named
@ViewScoped
public class ProfileEditPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "profile";

  @Inject private MemberProfiles profiles;
  @Inject private Organisations organisations;
  @Inject private CurrentAccount currentAccount;
  @Inject private Messages messages;

  private long accountId;
  private ProfileForm form;
  private MembershipStatus membershipStatus;
  private ArrayList<SelectItem> organisationItems;
  private boolean conflict;

  @PostConstruct
  void load() {
    accountId = currentAccount.required().getId();
    organisationItems = new ArrayList<>();
    for (Organisation organisation : organisations.all()) {
      organisationItems.add(new SelectItem(organisation.getId(), organisation.getName()));
    }
    show(profiles.find(accountId).orElse(null));
  }

  public void save() {
    List<ProfileProblem> problems = form.details().problems();
    if (!problems.isEmpty()) {
      problems.forEach(p -> messages.error(clientId(p.inputName()), p.messageKey(), p.limit()));
      return;
    }

    try {
      show(profiles.save(accountId, form.change()));
      messages.info("profile.saved");
    } catch (ProfileChangedElsewhere | OptimisticLockException changed) {
      conflict = true;
      messages.error(null, "profile.changedElsewhere");
    }
  }

  /** Drops what was typed and shows the profile as it is stored now. */
  public void reload() {
    show(profiles.find(accountId).orElse(null));
    messages.info("profile.reloaded");
  }

  private void show(MemberProfile profile) {
    conflict = false;
    form = profile == null ? ProfileForm.blank() : ProfileForm.of(profile);
    membershipStatus = profile == null ? null : profile.getMembershipStatus();
  }

  private static String clientId(String inputName) {
    return FORM + ":" + inputName;
  }

  public ProfileForm getForm() {
    return form;
  }

  /** The state of the stored claim, not of what is selected now. */
  public MembershipStatus getMembershipStatus() {
    return membershipStatus;
  }

  public List<SelectItem> getOrganisationItems() {
    return organisationItems;
  }

  /** Whether the last save was refused because the profile changed elsewhere. */
  public boolean isConflict() {
    return conflict;
  }

  /** The label of a field's visibility select, e.g. "都道府県の公開範囲". */
  public String visibilityLabel(String fieldName) {
    ProfileField field = ProfileField.valueOf(fieldName);
    return messages.text("profile.visibility.of", messages.text(field.getMessageKey()));
  }

  public List<AffiliationType> getAffiliations() {
    return List.of(AffiliationType.values());
  }

  public List<JobType> getJobTypes() {
    return List.of(JobType.values());
  }

  public List<Prefecture> getPrefectures() {
    return List.of(Prefecture.values());
  }

  public List<Visibility> getVisibilities() {
    return List.of(Visibility.values());
  }

  public int getMaxYears() {
    return ProfileDetails.MAX_YEARS;
  }
}
