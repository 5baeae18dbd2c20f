package jp.wlink.question.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  /**
   * ㎥ (U+33A5) is in no Shift_JIS variant, Windows-31J included: a Shift_JIS file cannot carry it
   * (Excel writes "?"), so the Windows-31J cases use ㎡ and ①, which it has, and ㎥ is checked in
   * UTF-8.
   */
  private static final String TEXT = "髙橋, 第Ⅲ種, 処理能力 50,000㎡/日 ①";

  private static final String UTF8_TEXT = "髙橋, 第Ⅲ種, 処理能力 50,000㎥/日";

  @Test
  void decodesWindows31jIntact() {
    byte[] bytes = TEXT.getBytes(TextDecoding.WINDOWS_31J);

    assertThat(TextDecoding.detect(bytes)).isEqualTo(TextDecoding.WINDOWS_31J);
    assertThat(TextDecoding.decode(bytes, Optional.empty())).isEqualTo(TEXT);
  }

  @Test
  void decodesUtf8WithAndWithoutBom() {
    byte[] plain = UTF8_TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bom = ("\uFEFF" + UTF8_TEXT).getBytes(StandardCharsets.UTF_8);

    assertThat(TextDecoding.decode(plain, Optional.empty())).isEqualTo(UTF8_TEXT);
    assertThat(TextDecoding.decode(bom, Optional.empty())).isEqualTo(UTF8_TEXT);
  }

  @Test
  void usesTheCharsetTheUserNamed() {
    byte[] bytes = TEXT.getBytes(TextDecoding.WINDOWS_31J);

    assertThat(TextDecoding.decode(bytes, Optional.of(TextDecoding.WINDOWS_31J))).isEqualTo(TEXT);
  }
}
