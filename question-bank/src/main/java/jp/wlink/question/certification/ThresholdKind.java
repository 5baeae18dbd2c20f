package jp.wlink.question.certification;

/** How a minimum is counted: correct answers, or a share of the possible points in percent. */
public enum ThresholdKind {
  CORRECT,
  PERCENT
}
