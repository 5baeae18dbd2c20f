package jp.wlink.question.exam;

/** No such attempt, slot or essay for this learner; pages show "not found", never whose it is. */
public class AttemptNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AttemptNotFound(long attemptId) {
    super("No attempt " + attemptId + " for this learner");
  }
}
