package jp.wlink.web.questions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jp.wlink.question.format.TextDecoding;

/**
 * The character set an author chooses for a CSV export. UTF-8 (which the writer starts with a BOM,
 * so that Excel recognises it) loses nothing and is the default; Shift_JIS is written as
 * Windows-31J, what older Japanese Excel and other tools expect, and may lose characters that the
 * export check lists beforehand.
 */
public enum ExportCharset {
  UTF_8_BOM(StandardCharsets.UTF_8),
  SHIFT_JIS(TextDecoding.WINDOWS_31J);

  private final Charset charset;

  ExportCharset(Charset charset) {
    this.charset = charset;
  }

  public Charset charset() {
    return charset;
  }
}
