package jp.wlink.web.profile;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import jp.wlink.web.region.Prefecture;

/**
 * What the profile form shows and the member types, kept as typed between requests so that a
 * rejected save loses nothing. Visibility is keyed by {@link ProfileField} name for the page.
 */
public class ProfileForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String realName;
  private Long organisationId;
  private AffiliationType affiliation;
  private JobType jobType;
  private Prefecture prefecture;
  private Integer years;
  private String certifications;
  private String interests;
  private final HashMap<String, Visibility> visibility = new HashMap<>();
  private Long version;

  /** A blank form for a member without a profile: everything visible to members. */
  public static ProfileForm blank() {
    ProfileForm form = new ProfileForm();
    for (ProfileField field : ProfileField.values()) {
      form.visibility.put(field.name(), Visibility.DEFAULT);
    }
    return form;
  }

  public static ProfileForm of(MemberProfile profile) {
    ProfileForm form = new ProfileForm();
    form.realName = profile.getRealName();
    form.organisationId =
        profile.getOrganisation() == null ? null : profile.getOrganisation().getId();
    form.affiliation = profile.getAffiliation();
    form.jobType = profile.getJobType();
    form.prefecture = profile.getPrefecture();
    form.years = profile.getYearsOfExperience();
    form.certifications = profile.getCertifications();
    form.interests = profile.getInterests();
    for (ProfileField field : ProfileField.values()) {
      form.visibility.put(field.name(), profile.visibilityOf(field));
    }
    form.version = profile.getVersion();
    return form;
  }

  public ProfileDetails details() {
    return new ProfileDetails(
        realName, affiliation, jobType, prefecture, years, certifications, interests);
  }

  public ProfileChange change() {
    Map<ProfileField, Visibility> chosen = new EnumMap<>(ProfileField.class);
    for (ProfileField field : ProfileField.values()) {
      Visibility picked = visibility.get(field.name());
      chosen.put(field, picked == null ? Visibility.DEFAULT : picked);
    }
    return new ProfileChange(details(), organisationId, chosen, version);
  }

  public String getRealName() {
    return realName;
  }

  public void setRealName(String realName) {
    this.realName = realName;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public AffiliationType getAffiliation() {
    return affiliation;
  }

  public void setAffiliation(AffiliationType affiliation) {
    this.affiliation = affiliation;
  }

  public JobType getJobType() {
    return jobType;
  }

  public void setJobType(JobType jobType) {
    this.jobType = jobType;
  }

  public Prefecture getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(Prefecture prefecture) {
    this.prefecture = prefecture;
  }

  public Integer getYears() {
    return years;
  }

  public void setYears(Integer years) {
    this.years = years;
  }

  public String getCertifications() {
    return certifications;
  }

  public void setCertifications(String certifications) {
    this.certifications = certifications;
  }

  public String getInterests() {
    return interests;
  }

  public void setInterests(String interests) {
    this.interests = interests;
  }

  /** Mutable on purpose: the page's visibility selects write into it by field name. */
  public Map<String, Visibility> getVisibility() {
    return visibility;
  }

  public Long getVersion() {
    return version;
  }
}
