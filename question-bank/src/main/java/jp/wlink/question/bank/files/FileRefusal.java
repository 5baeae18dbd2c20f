package jp.wlink.question.bank.files;

/** Why an embedded file was not accepted into the store; each names its message key. */
public enum FileRefusal {
  /** Not a PNG, JPEG, GIF or WebP image, whatever its name says. */
  NOT_AN_IMAGE("fileNotImage"),
  /** Larger than the store's limit. */
  TOO_LARGE("fileTooLarge");

  private final String key;

  FileRefusal(String key) {
    this.key = key;
  }

  /** The key under {@code question.import.error.}. */
  public String key() {
    return key;
  }
}
