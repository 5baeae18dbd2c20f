package jp.wlink.web.courses.progress;

/** Which enrolments the officer's table shows by status; CURRENT leaves out the withdrawn. */
public enum StatusFilter {
  CURRENT("e.status <> 'WITHDRAWN'"),
  ACTIVE("e.status = 'ACTIVE'"),
  COMPLETED("e.status = 'COMPLETED'"),
  WITHDRAWN("e.status = 'WITHDRAWN'");

  private final String condition;

  StatusFilter(String condition) {
    this.condition = condition;
  }

  String condition() {
    return condition;
  }

  public String getMessageKey() {
    return "progress.status." + name();
  }
}
