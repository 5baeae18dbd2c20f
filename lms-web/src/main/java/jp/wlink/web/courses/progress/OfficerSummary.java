package jp.wlink.web.courses.progress;

import java.io.Serializable;

/** Figures over the whole filtered table, not just the page shown. */
public record OfficerSummary(long enrolments, long learners, long completed, long atRisk)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final OfficerSummary NONE = new OfficerSummary(0, 0, 0, 0);
}
