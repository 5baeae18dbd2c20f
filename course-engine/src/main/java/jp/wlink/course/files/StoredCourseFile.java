package jp.wlink.course.files;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file in the course store, named by the SHA-256 of its bytes: the same bytes are stored once,
 * and a name never points at changed bytes, so it may be cached for ever.
 */
public record StoredCourseFile(String sha256, CourseMedia media, long sizeBytes) {
  /** Where the web layer serves course files. */
  public static final String URL_PREFIX = "/files/courses/";

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public StoredCourseFile {
    Objects.requireNonNull(media, "media");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a lower-case SHA-256: " + sha256);
    }
  }

  public String fileName() {
    return sha256 + "." + media.extension();
  }

  public String url() {
    return URL_PREFIX + fileName();
  }
}
