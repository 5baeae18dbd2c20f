package jp.wlink.question.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextSanitiserSafetyTest {
  private final RichTextSanitiser sanitiser = new RichTextSanitiser();

  @Test
  void judgesPlainWordsWithStrayBracketsSafe() {
    assertThat(sanitiser.isSafe("a < b かつ c > d, 記号 <> & ~")).isTrue();
    assertThat(sanitiser.isSafe("<p>第Ⅲ種 <img src=\"@@PLUGINFILE@@/pump.png\"></p>")).isTrue();
  }

  @Test
  void judgesScriptAndHandlersUnsafe() {
    assertThat(sanitiser.isSafe("x<script>alert(1)</script>")).isFalse();
    assertThat(sanitiser.isSafe("<img src=x onerror=alert(1)>")).isFalse();
  }
}
