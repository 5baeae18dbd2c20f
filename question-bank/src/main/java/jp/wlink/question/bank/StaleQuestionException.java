package jp.wlink.question.bank;

/**
 * An edit was based on a revision of the question that is no longer current: someone else changed
 * it in between. The editor must reload and decide again; nothing was changed.
 */
public class StaleQuestionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long questionId;
  private final long expectedRevision;
  private final long currentRevision;

  public StaleQuestionException(long questionId, long expectedRevision, long currentRevision) {
    super(
        "question "
            + questionId
            + " is at revision "
            + currentRevision
            + ", not "
            + expectedRevision);
    this.questionId = questionId;
    this.expectedRevision = expectedRevision;
    this.currentRevision = currentRevision;
  }

  public long questionId() {
    return questionId;
  }

  public long expectedRevision() {
    return expectedRevision;
  }

  public long currentRevision() {
    return currentRevision;
  }
}
