package jp.wlink.web.courses.progress;

import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.progress.RiskRule;

/**
 * What the officer asks of the table: one organisation's approved staff, optionally one course, a
 * status, and only those at risk; with the inactivity limit the flags use.
 */
public record OfficerQuery(
    long organisationId,
    Optional<Long> courseId,
    StatusFilter status,
    boolean atRiskOnly,
    RiskRule risk) {
  public OfficerQuery {
    Objects.requireNonNull(courseId);
    Objects.requireNonNull(status);
    Objects.requireNonNull(risk);
  }

  public static OfficerQuery everyone(long organisationId, RiskRule risk) {
    return new OfficerQuery(organisationId, Optional.empty(), StatusFilter.CURRENT, false, risk);
  }
}
