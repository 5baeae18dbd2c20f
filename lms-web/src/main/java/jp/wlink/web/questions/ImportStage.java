package jp.wlink.web.questions;

/** Where an import is: from reading the file to the committed questions. */
public enum ImportStage {
  /** The file is read and checked in the background; nothing is written. */
  CHECKING,
  /** The preview is ready: the author confirms or cancels. */
  PREVIEWED,
  /** The file could not be read at all (not the format, a broken stream). */
  FAILED,
  /** The questions are being written. */
  COMMITTING,
  /** The questions were written. */
  COMMITTED;

  public boolean working() {
    return this == CHECKING || this == COMMITTING;
  }
}
