package jp.wlink.question.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a whole upload into memory only when it fits the limit: reading stops one byte past the
 * limit, so an oversized file is refused without being read to its end.
 */
public final class BoundedBytes {
  private BoundedBytes() {}

  /** The stream's bytes, or empty when it holds more than {@code maxBytes}. */
  public static Optional<byte[]> read(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > maxBytes) {
        return Optional.empty();
      }
      out.write(buffer, 0, n);
    }
    return Optional.of(out.toByteArray());
  }

  /** The problem every reader reports for a file over the limit. */
  public static ImportProblem tooLarge(ImportLimits limits) {
    return ImportProblem.at(0, "tooLarge", Long.toString(limits.maxFileBytes()));
  }
}
