package jp.wlink.web.organisation;

/** What sort of body an organisation is; members compare employers by it. */
public enum OrganisationKind {
  WATER_UTILITY,
  SEWERAGE_UTILITY,
  COMPANY,
  UNIVERSITY,
  OTHER;

  public String getMessageKey() {
    return "org.kind." + name();
  }
}
