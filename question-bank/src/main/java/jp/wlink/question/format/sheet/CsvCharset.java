package jp.wlink.question.format.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text as Japanese Excel users write them: UTF-8 with or
 * without a byte-order mark, else Windows-31J (MS932, what Excel calls Shift_JIS, which also holds
 * 髙, Ⅲ and ㎥). Public only so that the Aiken reader can share it until the bank has one decoder.
 */
public final class CsvCharset {
  /** Windows-31J: Shift_JIS with the NEC and IBM extensions Windows adds. */
  public static final Charset MS932 = Charset.forName("windows-31j");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvCharset() {}

  /**
   * The text of {@code bytes} in {@code charset}, or detected when it is empty; without a leading
   * byte-order mark. Empty when the bytes are not valid in the charset.
   */
  public static Optional<String> decode(byte[] bytes, Optional<Charset> charset) {
    boolean bom = startsWithBom(bytes);
    int offset = bom ? UTF8_BOM.length : 0;
    if (charset.isPresent()) {
      boolean utf8 = charset.get().equals(StandardCharsets.UTF_8);
      return strict(bytes, utf8 ? offset : 0, asExcelMeansIt(charset.get()));
    }
    Optional<String> utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
    return bom || utf8.isPresent() ? utf8 : strict(bytes, 0, MS932);
  }

  /** The charset {@link #decode} would pick for these bytes when none is given. */
  public static Charset detect(byte[] bytes) {
    int offset = startsWithBom(bytes) ? UTF8_BOM.length : 0;
    return strict(bytes, offset, StandardCharsets.UTF_8).isPresent()
        ? StandardCharsets.UTF_8
        : MS932;
  }

  /** "Shift_JIS" as Excel and Windows mean it: Windows-31J, which also holds 髙 and Ⅲ. */
  static Charset asExcelMeansIt(Charset charset) {
    return charset.name().equalsIgnoreCase("Shift_JIS") ? MS932 : charset;
  }

  static byte[] bom() {
    return UTF8_BOM.clone();
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
