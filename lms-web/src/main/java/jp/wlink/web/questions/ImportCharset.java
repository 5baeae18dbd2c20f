package jp.wlink.web.questions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.wlink.question.format.TextDecoding;

/**
 * The character set an author says a text file (CSV, GIFT, Aiken) is in. "Shift_JIS" is read as
 * Windows-31J, which is what Japanese Excel writes under that name; automatic takes UTF-8 when the
 * bytes are valid UTF-8 and Windows-31J otherwise.
 */
public enum ImportCharset {
  AUTO(Optional.empty()),
  UTF_8(Optional.of(StandardCharsets.UTF_8)),
  SHIFT_JIS(Optional.of(TextDecoding.WINDOWS_31J));

  private final Optional<Charset> charset;

  ImportCharset(Optional<Charset> charset) {
    this.charset = charset;
  }

  public Optional<Charset> charset() {
    return charset;
  }
}
