package jp.wlink.web.courses;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range a client asked for ({@code Range: bytes=first-last}, {@code bytes=first-} or
 * {@code bytes=-suffix}), clamped to the file. Several ranges in one header are answered as the
 * whole file, which HTTP allows.
 */
record ByteRange(long first, long last) {
  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /** The range to send, or empty for the whole file (no header, several ranges, unsatisfiable). */
  static Optional<ByteRange> parse(String header, long size) {
    if (header == null || size == 0) {
      return Optional.empty();
    }
    Matcher matcher = SINGLE.matcher(header.strip());
    if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
      return Optional.empty();
    }
    try {
      return of(matcher.group(1), matcher.group(2), size);
    } catch (NumberFormatException tooLong) {
      return Optional.empty();
    }
  }

  private static Optional<ByteRange> of(String from, String to, long size) {
    if (from.isEmpty()) {
      long suffix = Math.min(Long.parseLong(to), size);
      return suffix == 0 ? Optional.empty() : Optional.of(new ByteRange(size - suffix, size - 1));
    }
    long first = Long.parseLong(from);
    long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
    if (first >= size || last < first) {
      return Optional.empty();
    }
    return Optional.of(new ByteRange(first, last));
  }

  long length() {
    return last - first + 1;
  }

  String header(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
