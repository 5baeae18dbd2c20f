package jp.wlink.web.organisation.membership;

import java.io.Serializable;
import jp.wlink.web.profile.AffiliationType;
import jp.wlink.web.profile.DisclosedProfile;
import jp.wlink.web.profile.JobType;

/**
 * A member's claim to belong to an organisation, as a reviewer sees it: the handle and what the
 * member shows to other members. The real name is there only for a system administrator.
 */
public final class PendingClaim implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long claimantId;
  private final String handle;
  private final long organisationId;
  private final String organisationName;
  private final AffiliationType affiliation;
  private final JobType jobType;
  private final String realName;

  PendingClaim(
      long claimantId,
      String handle,
      long organisationId,
      String organisationName,
      DisclosedProfile shown) {
    this.claimantId = claimantId;
    this.handle = handle;
    this.organisationId = organisationId;
    this.organisationName = organisationName;
    this.affiliation = shown.getAffiliation();
    this.jobType = shown.getJobType();
    this.realName = shown.getRealName();
  }

  public long getClaimantId() {
    return claimantId;
  }

  public String getHandle() {
    return handle;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public AffiliationType getAffiliation() {
    return affiliation;
  }

  public JobType getJobType() {
    return jobType;
  }

  public String getRealName() {
    return realName;
  }
}
