package jp.wlink.web.profile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.wlink.web.account.Account;
import jp.wlink.web.organisation.Organisation;
import jp.wlink.web.region.Prefecture;

/**
 * What a member tells others about their work, one per account. Every part but the real name has
 * its own {@link Visibility} (members only unless the owner chose otherwise). Naming an
 * organisation is a claim: it stays {@link MembershipStatus#PENDING} until an organisation admin
 * approves or rejects it, and naming another organisation starts a new claim.
 */
@Entity
@Table(name = "member_profile")
@NamedQuery(
    name = MemberProfile.CLAIMS,
    query =
        "SELECT p FROM MemberProfile p WHERE p.membershipStatus = :status"
            + " ORDER BY p.accountId")
@NamedQuery(
    name = MemberProfile.CLAIMS_REVIEWED_BY,
    query =
        "SELECT p FROM MemberProfile p WHERE p.membershipStatus = :status"
            + " AND p.organisation.id IN (SELECT oa.organisationId FROM OrganisationAdmin oa"
            + " WHERE oa.accountId = :reviewerId) ORDER BY p.accountId")
public class MemberProfile {
  public static final String CLAIMS = "MemberProfile.claims";
  public static final String CLAIMS_REVIEWED_BY = "MemberProfile.claimsReviewedBy";

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @MapsId
  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "real_name")
  private String realName;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "membership_status")
  private MembershipStatus membershipStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "affiliation_type")
  private AffiliationType affiliation;

  @Enumerated(EnumType.STRING)
  @Column(name = "job_type")
  private JobType jobType;

  @Enumerated(EnumType.STRING)
  private Prefecture prefecture;

  @Column(name = "years_of_experience")
  private Integer yearsOfExperience;

  private String certifications;

  private String interests;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "profile_visibility", joinColumns = @JoinColumn(name = "account_id"))
  @MapKeyColumn(name = "field")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "visibility")
  @Enumerated(EnumType.STRING)
  private Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);

  @Version private long version;

  protected MemberProfile() {}

  /** An empty profile; every part is visible to members until the owner chooses otherwise. */
  public MemberProfile(Account account) {
    this.account = Objects.requireNonNull(account);
    this.accountId = account.getId();
  }

  /** Takes new details; the caller has checked {@link ProfileDetails#problems()}. */
  public void update(ProfileDetails details) {
    if (!details.problems().isEmpty()) {
      throw new IllegalArgumentException("Profile details break a limit: " + details.problems());
    }
    realName = details.realName();
    affiliation = details.affiliation();
    jobType = details.jobType();
    prefecture = details.prefecture();
    yearsOfExperience = details.yearsOfExperience();
    certifications = details.certifications();
    interests = details.interests();
  }

  /**
   * Names the organisation the member says they belong to, or none. Another organisation starts a
   * new claim awaiting review; naming the same one again changes nothing, so saving the profile
   * never reopens a decided claim. Returns whether the claim changed.
   */
  public boolean claim(Organisation claimed) {
    if (claimed == null) {
      boolean had = organisation != null;
      organisation = null;
      membershipStatus = null;
      return had;
    }
    if (sameOrganisation(organisation, claimed)) {
      return false;
    }
    organisation = claimed;
    membershipStatus = MembershipStatus.PENDING;
    return true;
  }

  private static boolean sameOrganisation(Organisation current, Organisation claimed) {
    if (current == null) {
      return false;
    }
    return current == claimed
        || (current.getId() != null && current.getId().equals(claimed.getId()));
  }

  public void approveMembership() {
    decideMembership(MembershipStatus.APPROVED);
  }

  public void rejectMembership() {
    decideMembership(MembershipStatus.REJECTED);
  }

  private void decideMembership(MembershipStatus decision) {
    if (membershipStatus != MembershipStatus.PENDING) {
      throw new IllegalStateException("Only a pending claim can be decided");
    }
    membershipStatus = decision;
  }

  public boolean isPendingClaim() {
    return membershipStatus == MembershipStatus.PENDING;
  }

  public Visibility visibilityOf(ProfileField field) {
    return visibility.getOrDefault(Objects.requireNonNull(field), Visibility.DEFAULT);
  }

  public void show(ProfileField field, Visibility chosen) {
    visibility.put(Objects.requireNonNull(field), Objects.requireNonNull(chosen));
  }

  public ProfileDetails details() {
    return new ProfileDetails(
        realName, affiliation, jobType, prefecture, yearsOfExperience, certifications, interests);
  }

  public Long getAccountId() {
    return accountId;
  }

  public Account getAccount() {
    return account;
  }

  public String getRealName() {
    return realName;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public MembershipStatus getMembershipStatus() {
    return membershipStatus;
  }

  public AffiliationType getAffiliation() {
    return affiliation;
  }

  public JobType getJobType() {
    return jobType;
  }

  public Prefecture getPrefecture() {
    return prefecture;
  }

  public Integer getYearsOfExperience() {
    return yearsOfExperience;
  }

  public String getCertifications() {
    return certifications;
  }

  public List<String> getCertificationList() {
    return details().certificationList();
  }

  public String getInterests() {
    return interests;
  }

  public long getVersion() {
    return version;
  }
}
