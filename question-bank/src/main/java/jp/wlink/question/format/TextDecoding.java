package jp.wlink.question.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file (GIFT, CSV, Aiken) into text, refusing bytes that are not valid in
 * the character set rather than guessing. When the user names none, a file that is valid UTF-8
 * (with or without BOM) is read as UTF-8 and anything else as Windows-31J, which is what Japanese
 * Excel and Notepad write when they say "Shift_JIS". A named "Shift_JIS" is read as Windows-31J
 * too: Java's plain Shift_JIS lacks 髙, Ⅲ and ㎡. (㎥ is in neither; only UTF-8 files carry it.)
 */
public final class TextDecoding {
  /** Microsoft's Shift_JIS, the legacy encoding of Japanese Windows. */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextDecoding() {}

  /** The character set {@link #decode} picks for these bytes when none is given. */
  public static Charset detect(byte[] bytes) {
    return strict(bytes, bomLength(bytes), StandardCharsets.UTF_8).isPresent()
        ? StandardCharsets.UTF_8
        : WINDOWS_31J;
  }

  /**
   * The text of the bytes in the given or detected character set, without a leading BOM; empty when
   * the bytes are not valid in it.
   */
  public static Optional<String> decode(byte[] bytes, Optional<Charset> charset) {
    int bom = bomLength(bytes);
    if (charset.isPresent()) {
      Charset named = asExcelMeansIt(charset.get());
      return strict(bytes, named.equals(StandardCharsets.UTF_8) ? bom : 0, named);
    }
    Optional<String> utf8 = strict(bytes, bom, StandardCharsets.UTF_8);
    return bom > 0 || utf8.isPresent() ? utf8 : strict(bytes, 0, WINDOWS_31J);
  }

  /** The problem for a file that is not valid in the given or detected character set. */
  public static ImportProblem badEncoding(Optional<Charset> charset) {
    return ImportProblem.at(
        0, "badEncoding", charset.map(Charset::name).orElse("UTF-8 / Windows-31J"));
  }

  /** "Shift_JIS" as Excel and Windows mean it: Windows-31J. */
  public static Charset asExcelMeansIt(Charset charset) {
    return charset.name().equalsIgnoreCase("Shift_JIS") ? WINDOWS_31J : charset;
  }

  public static byte[] utf8Bom() {
    return UTF8_BOM.clone();
  }

  private static int bomLength(byte[] bytes) {
    boolean bom =
        bytes.length >= 3
            && bytes[0] == UTF8_BOM[0]
            && bytes[1] == UTF8_BOM[1]
            && bytes[2] == UTF8_BOM[2];
    return bom ? UTF8_BOM.length : 0;
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
