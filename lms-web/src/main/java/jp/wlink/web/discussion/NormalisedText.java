package jp.wlink.web.discussion;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text folded for matching (NFKC, every dash-like character as {@code -}) that still knows, for
 * each of its characters, which characters of the original it came from. Patterns then only need to
 * know ASCII, and findings point into what the writer actually typed.
 */
final class NormalisedText {
  /** Hyphens, dashes, minus signs and the long-vowel marks people type between digits. */
  private static final String DASHES =
      "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2500\u2501\u30FC\uFE58\uFE63\uFF0D\uFF70";

  private final String original;
  private final String folded;
  private final int[] originalStart;
  private final int[] originalEnd;

  private NormalisedText(String original, String folded, int[] originalStart, int[] originalEnd) {
    this.original = original;
    this.folded = folded;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
  }

  static NormalisedText of(String original) {
    StringBuilder folded = new StringBuilder(original.length());
    int[] starts = new int[original.length() * 2 + 4];
    int[] ends = new int[starts.length];
    int index = 0;
    while (index < original.length()) {
      int codePoint = original.codePointAt(index);
      int next = index + Character.charCount(codePoint);
      for (char c : fold(codePoint).toCharArray()) {
        if (folded.length() == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[folded.length()] = index;
        ends[folded.length()] = next;
        folded.append(c);
      }
      index = next;
    }
    return new NormalisedText(original, folded.toString(), starts, ends);
  }

  private static String fold(int codePoint) {
    if (DASHES.indexOf(codePoint) >= 0) {
      return "-";
    }
    return Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
  }

  String folded() {
    return folded;
  }

  /** The finding for folded characters {@code [start, end)}, in the original's offsets. */
  PersonalDataFinding finding(PersonalDataKind kind, int start, int end) {
    int from = originalStart[start];
    int to = originalEnd[end - 1];
    return new PersonalDataFinding(kind, from, to, original.substring(from, to));
  }
}
