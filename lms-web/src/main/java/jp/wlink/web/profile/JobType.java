package jp.wlink.web.profile;

/** The line of work a member is in, in the terms the water and sewerage industry uses. */
public enum JobType {
  /** Water purification plants and water quality testing (浄水・水質). */
  WATER_TREATMENT,
  /** Distribution and sewer pipes: planning, construction, maintenance (管路・施工). */
  PIPE_NETWORK,
  /** Sewage treatment plants and pumping stations (下水処理). */
  SEWAGE_TREATMENT,
  /** Mechanical and electrical plant equipment (機械・電気設備). */
  PLANT_EQUIPMENT,
  /** Design and consulting (設計・コンサル). */
  DESIGN_CONSULTING,
  /** Customer service, billing and tariffs (営業・料金). */
  CUSTOMER_SERVICE,
  /** Administration, finance and management (事務・経営). */
  ADMINISTRATION,
  RESEARCH,
  STUDENT,
  OTHER;

  public String getMessageKey() {
    return "job." + name();
  }
}
