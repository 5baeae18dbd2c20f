package jp.wlink.question.format.sheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer column (正解) of choice-like rows: the numbers of the choices that earn marks, each
 * optionally with its share in percent ({@code 1, 3} or {@code 1:100, 2:-50}). A bare number earns
 * the whole mark, or for a multiple-response row an equal part of it; choices not named earn
 * nothing.
 */
final class AnswerKey {
  /** How a bare number shares the mark. */
  enum Share {
    WHOLE,
    SPLIT
  }

  private static final Pattern ENTRY =
      Pattern.compile("(\\d{1,4})(?::([-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)%?)?");
  private static final Pattern SEPARATOR = Pattern.compile("[,;、\\s]+");

  private AnswerKey() {}

  /** The fraction of each of {@code count} choices; the cell must not be empty. */
  static double[] read(String cell, int count, Share share) {
    double[] fractions = new double[count];
    boolean[] named = new boolean[count];
    List<Integer> bare = new ArrayList<>();
    for (String token : SEPARATOR.split(Normalizer.normalize(cell, Normalizer.Form.NFKC).strip())) {
      Matcher entry = ENTRY.matcher(token);
      if (!entry.matches()) {
        throw new BadCell("sheet.badAnswerKey", cell);
      }
      int n = Integer.parseInt(entry.group(1));
      if (n < 1 || n > count || named[n - 1]) {
        throw new BadCell("sheet.answerOutOfRange", cell, String.valueOf(count));
      }
      named[n - 1] = true;
      if (entry.group(2) == null) {
        bare.add(n - 1);
      } else {
        fractions[n - 1] = fraction(entry.group(2), cell);
      }
    }
    double each = share == Share.WHOLE || bare.isEmpty() ? 1.0 : 1.0 / bare.size();
    bare.forEach(i -> fractions[i] = each);
    return fractions;
  }

  /** The shortest cell that reads back as exactly these fractions. */
  static String write(double[] fractions, Share share) {
    List<String> bare = new ArrayList<>();
    List<String> explicit = new ArrayList<>();
    for (int i = 0; i < fractions.length; i++) {
      if (fractions[i] != 0) {
        bare.add(String.valueOf(i + 1));
        explicit.add((i + 1) + ":" + percent(fractions[i]));
      }
    }
    if (!bare.isEmpty()) {
      String plain = String.join(", ", bare);
      if (Arrays.equals(read(plain, fractions.length, share), fractions)) {
        return plain;
      }
    }
    return String.join(", ", explicit);
  }

  /** A fraction as an exact percentage: 0.5 is "50", 1/3 keeps every digit it has. */
  static String percent(double fraction) {
    return new BigDecimal(Double.toString(fraction))
        .movePointRight(2)
        .stripTrailingZeros()
        .toPlainString();
  }

  static double fraction(String percent, String cell) {
    double fraction = new BigDecimal(percent).movePointLeft(2).doubleValue();
    if (fraction < -1 || fraction > 1) {
      throw new BadCell("sheet.badFraction", cell);
    }
    return fraction;
  }
}
