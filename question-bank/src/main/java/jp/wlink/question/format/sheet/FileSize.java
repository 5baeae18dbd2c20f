package jp.wlink.question.format.sheet;

/** Sizes as a message shows them. */
final class FileSize {
  private static final long MEGABYTE = 1024L * 1024;

  private FileSize() {}

  /** Whole megabytes, rounded up so a limit never reads as 0 MB. */
  static String megabytes(long bytes) {
    return String.valueOf((bytes + MEGABYTE - 1) / MEGABYTE);
  }
}
