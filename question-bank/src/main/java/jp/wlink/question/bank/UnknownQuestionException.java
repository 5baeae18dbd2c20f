package jp.wlink.question.bank;

/** No question has the id asked for (never existed, or the caller's id is wrong). */
public class UnknownQuestionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long questionId;

  public UnknownQuestionException(long questionId) {
    super("no question " + questionId);
    this.questionId = questionId;
  }

  public long questionId() {
    return questionId;
  }
}
