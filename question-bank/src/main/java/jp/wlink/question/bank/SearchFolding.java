package jp.wlink.question.bank;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text so that the forms a Japanese reader treats as the same compare equal: full-width and
 * half-width forms (NFKC), katakana and hiragana, letter case, and runs of spaces.
 *
 * <p>The shared {@code jp.wlink.question.text.JapaneseNormaliser} (branch qb-scoring) is meant to
 * own this rule; once it is merged, this class should delegate to it or be replaced by it, and the
 * stored search text rebuilt if the two rules differ.
 */
final class SearchFolding {
  private static final char KATAKANA_FIRST = '\u30A1';
  private static final char KATAKANA_LAST = '\u30F6';
  private static final int KATAKANA_TO_HIRAGANA = 0x60;

  private SearchFolding() {}

  static String fold(String text) {
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder folded = new StringBuilder(compatible.length());
    boolean space = false;
    for (int i = 0; i < compatible.length(); i++) {
      char c = compatible.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = folded.length() > 0;
        continue;
      }
      if (space) {
        folded.append(' ');
        space = false;
      }
      folded.append(hiragana(c));
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  private static char hiragana(char c) {
    return c >= KATAKANA_FIRST && c <= KATAKANA_LAST ? (char) (c - KATAKANA_TO_HIRAGANA) : c;
  }
}
