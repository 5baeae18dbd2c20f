package jp.wlink.question.exam;

/** Whether an attempt follows a certification blueprint or a learner's practice request. */
public enum AttemptKind {
  MOCK_EXAM,
  PRACTICE
}
