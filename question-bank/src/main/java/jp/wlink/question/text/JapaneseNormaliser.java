package jp.wlink.question.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings Japanese text to one canonical spelling, so that answers and searches match however the
 * learner typed them. In order: zero-width characters are removed; Unicode NFKC folds full-width
 * letters and digits, half-width katakana and compatibility characters ({@code ｐＨ} becomes {@code
 * pH}, {@code ｶﾙｷ} becomes {@code カルキ}, {@code ㎥} becomes {@code m3}, {@code ①} becomes {@code 1});
 * katakana become hiragana ({@code ジアエンソ} equals {@code じあえんそ}); every run of white space, the
 * ideographic space U+3000 included, becomes one ASCII space and the ends are trimmed; and, unless
 * case matters, letters are lower-cased in the root locale.
 *
 * <p>The result is a comparison key, never text to show: applying a method twice gives the same
 * result as applying it once.
 */
public final class JapaneseNormaliser {
  /** Invisible characters that copy and paste carries along: ZWSP, ZWNJ, ZWJ, WJ, BOM, SHY. */
  private static final Pattern ZERO_WIDTH =
      Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

  private static final Pattern WHITE_SPACE =
      Pattern.compile("[\\s\\u00A0\\u3000]+", Pattern.UNICODE_CHARACTER_CLASS);

  private static final char KATAKANA_FIRST = '\u30A1';
  private static final char KATAKANA_LAST = '\u30F6';
  private static final char KATAKANA_ITERATION = '\u30FD';
  private static final char KATAKANA_VOICED_ITERATION = '\u30FE';
  private static final int KATAKANA_TO_HIRAGANA = 0x60;

  private JapaneseNormaliser() {}

  /** The key to compare a short answer by; {@code caseSensitive} keeps upper and lower case. */
  public static String forAnswer(String text, boolean caseSensitive) {
    String folded = collapseSpaces(toHiragana(compatible(text)));
    return caseSensitive ? folded : folded.toLowerCase(Locale.ROOT);
  }

  /** The key to index and search text by: as an answer, and never case-sensitive. */
  public static String forSearch(String text) {
    return forAnswer(text, false);
  }

  /**
   * NFKC without zero-width characters, but with katakana and spacing left alone: for comparing
   * unit names and numbers, where {@code ㎥} must equal {@code m3} but nothing else may change.
   */
  public static String compatible(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String visible = ZERO_WIDTH.matcher(text).replaceAll("");
    return Normalizer.normalize(visible, Normalizer.Form.NFKC);
  }

  private static String toHiragana(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(hiragana(text.charAt(i)));
    }
    return out.toString();
  }

  // ヷ to ヺ and the long-vowel mark ー have no hiragana of their own, so they stay katakana.
  private static char hiragana(char c) {
    boolean plain = c >= KATAKANA_FIRST && c <= KATAKANA_LAST;
    boolean iteration = c == KATAKANA_ITERATION || c == KATAKANA_VOICED_ITERATION;
    return plain || iteration ? (char) (c - KATAKANA_TO_HIRAGANA) : c;
  }

  private static String collapseSpaces(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }
}
