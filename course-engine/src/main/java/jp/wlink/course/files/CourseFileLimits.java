package jp.wlink.course.files;

/**
 * The largest file accepted per kind, in bytes. Videos and PDFs come from configuration; images and
 * subtitle tracks have fixed limits that no real one comes near.
 */
public record CourseFileLimits(long videoBytes, long pdfBytes) {
  public static final long MEGABYTE = 1024L * 1024;
  public static final long IMAGE_BYTES = 5 * MEGABYTE;
  public static final long SUBTITLE_BYTES = MEGABYTE;
  public static final CourseFileLimits DEFAULTS =
      new CourseFileLimits(100 * MEGABYTE, 20 * MEGABYTE);

  public CourseFileLimits {
    if (videoBytes < 1 || pdfBytes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public long of(CourseFileKind kind) {
    return switch (kind) {
      case VIDEO -> videoBytes;
      case PDF -> pdfBytes;
      case IMAGE -> IMAGE_BYTES;
      case SUBTITLES -> SUBTITLE_BYTES;
    };
  }
}
