package jp.wlink.question.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file (GIFT, CSV, Aiken) into text. When the user names no character
 * set, a file that is valid UTF-8 (with or without BOM) is read as UTF-8 and anything else as
 * Windows-31J, which is what Japanese Excel and Notepad write when they say "Shift_JIS": plain
 * Shift_JIS lacks 髙, Ⅲ and ㎥.
 */
public final class TextDecoding {
  /** Microsoft's Shift_JIS, the legacy encoding of Japanese Windows. */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextDecoding() {}

  /** The character set of the bytes: UTF-8 if they decode as UTF-8 without error, else MS932. */
  public static Charset detect(byte[] bytes) {
    return isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_31J;
  }

  /** The text of the bytes in the given or detected character set, without a leading BOM. */
  public static String decode(byte[] bytes, Optional<Charset> charset) {
    Charset used = charset.orElseGet(() -> detect(bytes));
    String text = new String(bytes, used);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean isUtf8(byte[] bytes) {
    int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
    try {
      CharBuffer unused =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return unused != null;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
  }
}
