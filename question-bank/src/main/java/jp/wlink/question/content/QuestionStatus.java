package jp.wlink.question.content;

/** Where a question is in its life; only published questions reach learners. */
public enum QuestionStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  RETIRED
}
