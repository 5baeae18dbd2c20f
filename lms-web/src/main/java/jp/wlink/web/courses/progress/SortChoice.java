package jp.wlink.web.courses.progress;

/** The orders the officer can pick for the table, each a sort and a direction. */
public enum SortChoice {
  NAME(OfficerSort.NAME, false),
  COURSE(OfficerSort.COURSE, false),
  PROGRESS_LOW(OfficerSort.PROGRESS, false),
  PROGRESS_HIGH(OfficerSort.PROGRESS, true),
  LONGEST_IDLE(OfficerSort.LAST_ACTIVITY, false),
  DEADLINE(OfficerSort.DEADLINE, false),
  STUDY_TIME(OfficerSort.STUDY_TIME, true);

  private final OfficerSort sort;
  private final boolean descending;

  SortChoice(OfficerSort sort, boolean descending) {
    this.sort = sort;
    this.descending = descending;
  }

  OfficerSort sort() {
    return sort;
  }

  boolean descending() {
    return descending;
  }

  public String getMessageKey() {
    return "progress.sort." + name();
  }
}
