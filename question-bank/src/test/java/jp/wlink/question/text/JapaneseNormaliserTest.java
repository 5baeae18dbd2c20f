package jp.wlink.question.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseNormaliserTest {

  @Test
  void leavesPlainKanjiAlone() {
    assertThat(JapaneseNormaliser.forAnswer("残留塩素", true)).isEqualTo("残留塩素");
  }

  @Test
  void foldsFullWidthLettersToAscii() {
    assertThat(JapaneseNormaliser.forAnswer("ｐＨ", true)).isEqualTo("pH");
    assertThat(JapaneseNormaliser.forAnswer("ＢＯＤ５", true)).isEqualTo("BOD5");
  }

  @Test
  void foldsHalfWidthKatakanaToHiragana() {
    assertThat(JapaneseNormaliser.forAnswer("ｶﾙｷ", true)).isEqualTo("かるき");
    assertThat(JapaneseNormaliser.forAnswer("ｶﾞｽ", true)).isEqualTo("がす");
  }

  @Test
  void makesKatakanaEqualToHiragana() {
    assertThat(JapaneseNormaliser.forAnswer("ジアエンソ", true))
        .isEqualTo(JapaneseNormaliser.forAnswer("じあえんそ", true));
    assertThat(JapaneseNormaliser.forAnswer("ヴァ", true)).isEqualTo("ゔぁ");
  }

  @Test
  void keepsTheLongVowelMarkAsItIs() {
    assertThat(JapaneseNormaliser.forAnswer("ポンプ・メーター", true)).isEqualTo("ぽんぷ・めーたー");
  }

  @Test
  void collapsesIdeographicAndRepeatedSpaces() {
    assertThat(JapaneseNormaliser.forAnswer("\u3000残留\u3000\u3000 塩素\t ", true)).isEqualTo("残留 塩素");
    assertThat(JapaneseNormaliser.forAnswer("急速\n\nろ過", true)).isEqualTo("急速 ろ過");
  }

  @Test
  void removesZeroWidthCharacters() {
    assertThat(JapaneseNormaliser.forAnswer("\uFEFF残\u200B留\u200D塩素", true)).isEqualTo("残留塩素");
  }

  @Test
  void turnsCompatibilityCharactersIntoTheirPlainSpelling() {
    assertThat(JapaneseNormaliser.forAnswer("50,000㎥/日", true)).isEqualTo("50,000m3/日");
    assertThat(JapaneseNormaliser.forAnswer("①", true)).isEqualTo("1");
  }

  @Test
  void foldsCaseOnlyWhenAsked() {
    assertThat(JapaneseNormaliser.forAnswer("ｐＨ", false)).isEqualTo("ph");
    assertThat(JapaneseNormaliser.forAnswer("ｐＨ", true)).isNotEqualTo("ph");
  }

  @Test
  void searchIgnoresCaseWidthAndKana() {
    assertThat(JapaneseNormaliser.forSearch("ＳＳ（浮遊物質）　ｹﾞﾝｿｳ"))
        .isEqualTo(JapaneseNormaliser.forSearch("ss(浮遊物質) げんそう"));
  }

  @Test
  void givesTheSameKeyWhenAppliedTwice() {
    String once = JapaneseNormaliser.forSearch(" ｶﾙｷ　Ｃｌ２ ㎎/Ｌ ");

    assertThat(JapaneseNormaliser.forSearch(once)).isEqualTo(once);
  }

  @Test
  void treatsNullAsEmpty() {
    assertThat(JapaneseNormaliser.forAnswer(null, true)).isEmpty();
    assertThat(JapaneseNormaliser.forSearch(null)).isEmpty();
  }

  @Test
  void compatibleKeepsKatakanaAndSpacing() {
    assertThat(JapaneseNormaliser.compatible("ｶﾙｷ  ㎥")).isEqualTo("カルキ  m3");
  }
}
