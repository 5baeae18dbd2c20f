package jp.wlink.question.certification;

import java.util.List;
import java.util.Objects;

/** Why an attempt failed, as a message bundle key and its arguments for the page to render. */
public record FailReason(String key, List<Object> args) {
  public static final String SUBJECT_BELOW_MINIMUM = "exam.result.subjectBelowMinimum";
  public static final String CORE_BELOW_MINIMUM = "exam.result.coreBelowMinimum";
  public static final String OVERALL_BELOW_MINIMUM = "exam.result.overallBelowMinimum";

  public FailReason {
    Objects.requireNonNull(key);
    args = List.copyOf(args);
  }
}
