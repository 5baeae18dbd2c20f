package jp.wlink.question.exam;

/**
 * OPEN takes answers until submitted or past its deadline; SUBMITTED is final and scored (its
 * result provisional while an essay awaits grading). The only transition is OPEN to SUBMITTED, made
 * by a conditional update so that it happens exactly once.
 */
public enum AttemptState {
  OPEN,
  SUBMITTED
}
