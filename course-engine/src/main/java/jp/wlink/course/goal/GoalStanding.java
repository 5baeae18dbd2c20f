package jp.wlink.course.goal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A learner's study goal as the progress pages show it: the certification's blueprint (id, code and
 * names), the exam date and the readiness estimate.
 */
public record GoalStanding(
    long blueprintId,
    String certification,
    String nameJa,
    String nameEn,
    LocalDate examDate,
    Readiness readiness) {

  public GoalStanding {
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(examDate, "examDate");
    Objects.requireNonNull(readiness, "readiness");
  }
}
