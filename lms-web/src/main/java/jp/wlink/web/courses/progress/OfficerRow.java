package jp.wlink.web.courses.progress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.progress.Risk;

/**
 * One staff member on one course in the officer's table, with the figures the table shows and the
 * risks the rule found.
 *
 * @param deadline null when the enrolment has none
 * @param lastActivity null when nothing was studied yet
 */
public record OfficerRow(
    long enrolmentId,
    long learnerId,
    String handle,
    String email,
    long courseId,
    String courseTitle,
    EnrolmentStatus status,
    int lessonsDone,
    int lessonsTotal,
    long studySeconds,
    Instant enrolledAt,
    Instant lastActivity,
    LocalDate deadline,
    Set<Risk> risks)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public OfficerRow {
    risks = Set.copyOf(risks);
  }

  public int getPercent() {
    return lessonsTotal == 0 ? 0 : Math.min(100, lessonsDone * 100 / lessonsTotal);
  }

  public boolean isInactive() {
    return risks.contains(Risk.INACTIVE);
  }

  public boolean isBehindPace() {
    return risks.contains(Risk.BEHIND_PACE);
  }

  public boolean isAtRisk() {
    return !risks.isEmpty();
  }

  /** Study time in hours, to one decimal, as the table and the workbook show it. */
  public double getStudyHours() {
    return Math.round(studySeconds / 360.0) / 10.0;
  }
}
