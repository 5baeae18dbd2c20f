package jp.wlink.course.files;

/** An upload was not stored; {@link #reason()} says why, for a translated message. */
public class FileRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a file is refused; each names its message key. */
  public enum Reason {
    TOO_LARGE,
    WRONG_TYPE,
    EMPTY;

    public String getMessageKey() {
      return "course.file.refused." + name();
    }
  }

  private final Reason reason;
  private final long limitBytes;

  public FileRefusedException(Reason reason, long limitBytes) {
    super("file refused: " + reason);
    this.reason = reason;
    this.limitBytes = limitBytes;
  }

  public Reason reason() {
    return reason;
  }

  /** The kind's size limit, for the message. */
  public long limitBytes() {
    return limitBytes;
  }
}
