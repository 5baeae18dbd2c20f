package jp.wlink.course.track;

/**
 * The job types a career track leads to, in the order the tracks page lists them. Pages name them
 * through {@code track.job.<NAME>}.
 */
public enum CareerJob {
  /** 浄水場の運転管理. */
  WATER_PURIFICATION,
  /** 管路の維持管理. */
  PIPE_MAINTENANCE,
  /** 水質検査. */
  WATER_QUALITY,
  /** 下水処理場の運転. */
  SEWAGE_TREATMENT,
  /** 設計・施工管理. */
  DESIGN_CONSTRUCTION,
  /** 事務・営業. */
  OFFICE_SALES;

  public String getMessageKey() {
    return "track.job." + name();
  }
}
