package jp.wlink.question.bank.importing;

/** A preview with problems was asked to commit; nothing was written. */
public class ImportRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportRefusedException(int problems) {
    super("an import with " + problems + " problem(s) cannot be committed");
  }
}
