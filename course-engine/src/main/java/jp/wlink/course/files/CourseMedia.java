package jp.wlink.course.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import jp.wlink.question.bank.files.ImageType;

/**
 * The file formats lessons accept, told apart by their first bytes, never by the name a file came
 * with. {@link #HEAD_BYTES} bytes are enough to tell any of them.
 */
public enum CourseMedia {
  MP4("mp4", "video/mp4"),
  WEBM("webm", "video/webm"),
  PNG("png", "image/png"),
  JPEG("jpg", "image/jpeg"),
  GIF("gif", "image/gif"),
  WEBP("webp", "image/webp"),
  VTT("vtt", "text/vtt; charset=utf-8"),
  PDF("pdf", "application/pdf");

  public static final int HEAD_BYTES = 16;

  private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
  private static final int FTYP_AT = 4;
  private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
  private static final byte[] PDF_MARK = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] WEBVTT = "WEBVTT".getBytes(StandardCharsets.US_ASCII);

  private final String extension;
  private final String mediaType;

  CourseMedia(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format of a file that starts with {@code head}, or empty when none is accepted. */
  public static Optional<CourseMedia> of(byte[] head) {
    Optional<ImageType> image = ImageType.of(head);
    if (image.isPresent()) {
      return Optional.of(valueOf(image.get().name()));
    }
    if (startsWith(head, FTYP_AT, FTYP)) {
      return Optional.of(MP4);
    }
    if (startsWith(head, 0, EBML)) {
      return Optional.of(WEBM);
    }
    if (startsWith(head, 0, PDF_MARK)) {
      return Optional.of(PDF);
    }
    return isWebVtt(head) ? Optional.of(VTT) : Optional.empty();
  }

  /** The format a stored file's extension names, for serving it with the right media type. */
  public static Optional<CourseMedia> ofExtension(String extension) {
    return Arrays.stream(values()).filter(m -> m.extension.equals(extension)).findFirst();
  }

  /** "WEBVTT" after an optional byte order mark, then the end, a space, a tab or a line break. */
  private static boolean isWebVtt(byte[] head) {
    int at = startsWith(head, 0, BOM) ? BOM.length : 0;
    if (!startsWith(head, at, WEBVTT)) {
      return false;
    }
    int next = at + WEBVTT.length;
    return head.length == next
        || head[next] == ' '
        || head[next] == '\t'
        || head[next] == '\n'
        || head[next] == '\r';
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    return Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }
}
