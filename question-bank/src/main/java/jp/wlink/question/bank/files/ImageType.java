package jp.wlink.question.bank.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image kinds question text may embed, told apart by their first bytes, never by the name a
 * file came with: a script renamed {@code .png} is not a PNG.
 */
public enum ImageType {
  PNG("png", "image/png"),
  JPEG("jpg", "image/jpeg"),
  GIF("gif", "image/gif"),
  WEBP("webp", "image/webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
  private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP_MARK = {'W', 'E', 'B', 'P'};
  private static final int WEBP_MARK_AT = 8;

  private final String extension;
  private final String mediaType;

  ImageType(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The image kind of the bytes, or empty when they are not one of the accepted images. */
  public static Optional<ImageType> of(byte[] bytes) {
    if (startsWith(bytes, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, JPEG_SIGNATURE)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, GIF87) || startsWith(bytes, 0, GIF89)) {
      return Optional.of(GIF);
    }
    if (startsWith(bytes, 0, RIFF) && startsWith(bytes, WEBP_MARK_AT, WEBP_MARK)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** The kind a stored file's extension names, for serving it with the right media type. */
  public static Optional<ImageType> ofExtension(String extension) {
    return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    return Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }
}
