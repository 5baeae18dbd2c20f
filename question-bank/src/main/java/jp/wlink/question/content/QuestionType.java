package jp.wlink.question.content;

/** The ten kinds of question the bank holds. */
public enum QuestionType {
  SINGLE_CHOICE,
  MULTIPLE_RESPONSE,
  TRUE_FALSE,
  SHORT_ANSWER,
  NUMERICAL,
  MATCHING,
  ORDERING,
  /** Embedded sub-questions in Moodle's cloze syntax. */
  CLOZE,
  /** Answered in free text and graded by a person. */
  ESSAY,
  /** Text only, no answer and no mark. */
  DESCRIPTION;

  /** Whether a person, not the scorer, decides the mark. */
  public boolean gradedByPerson() {
    return this == ESSAY;
  }

  public boolean answerable() {
    return this != DESCRIPTION;
  }
}
