package jp.wlink.question.format.gift;

import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.Decimals;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.SafeText;

/**
 * What the parts of one question's parser share: where the question starts, its name, the format
 * its answers and feedback inherit, and the list its problems go to.
 */
final class GiftContext {
  private final int line;
  private final String name;
  private final TextFormat format;
  private final List<ImportProblem> problems;
  private boolean failed;

  GiftContext(int line, String name, TextFormat format, List<ImportProblem> problems) {
    this.line = line;
    this.name = name;
    this.format = format;
    this.problems = problems;
  }

  void problem(String key, String... arguments) {
    failed = true;
    problems.add(ImportProblem.inQuestion(line, name, key, arguments));
  }

  boolean failed() {
    return failed;
  }

  /** Escaped GIFT text as safe rich text, in its own marker's format or the question's. */
  RichText rich(String escaped) {
    Optional<GiftText.Marked> marked = GiftText.marker(escaped);
    TextFormat used = marked.map(GiftText.Marked::format).orElse(format);
    String raw = marked.map(GiftText.Marked::rest).orElse(escaped);
    String text = GiftText.unescape(raw);
    return text.isEmpty() ? RichText.EMPTY : SafeText.of(text, used);
  }

  /** Escaped GIFT text as a plain string (an accepted or matched answer), marker dropped. */
  String plain(String escaped) {
    return GiftText.unescape(GiftText.marker(escaped).map(GiftText.Marked::rest).orElse(escaped));
  }

  RichText feedback(Optional<String> escaped) {
    return escaped.map(this::rich).orElse(RichText.EMPTY);
  }

  /** A weight in percent as a fraction, or the default; a bad weight is a problem. */
  double fraction(Optional<String> percent, double otherwise) {
    if (percent.isEmpty()) {
      return otherwise;
    }
    try {
      double fraction = Decimals.fractionOfPercent(percent.get());
      if (fraction >= -1 && fraction <= 1) {
        return fraction;
      }
    } catch (NumberFormatException e) {
      // reported below like an out-of-range weight
    }
    problem("gift.invalidWeight", percent.get());
    return 0;
  }
}
