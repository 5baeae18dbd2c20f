package jp.wlink.web.profile;

/** The kind of place a member works or studies at, whether or not they named the organisation. */
public enum AffiliationType {
  WATER_UTILITY,
  SEWERAGE_UTILITY,
  COMPANY,
  UNIVERSITY,
  STUDENT,
  OTHER;

  public String getMessageKey() {
    return "affiliation." + name();
  }
}
