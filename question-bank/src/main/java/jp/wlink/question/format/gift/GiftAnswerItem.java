package jp.wlink.question.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One answer of a GIFT answer block, still in GIFT's escapes: the mark before it ({@code =}, {@code
 * ~} or none), its weight in percent if {@code %n%} gave one, its text and its feedback.
 */
record GiftAnswerItem(char mark, Optional<String> percent, String text, Optional<String> feedback) {
  static final char NO_MARK = ' ';

  /** The items of an answer block, split at each unescaped {@code =} or {@code ~}. */
  static List<GiftAnswerItem> parse(String answers) {
    List<GiftAnswerItem> items = new ArrayList<>();
    int start = 0;
    char mark = NO_MARK;
    for (int i = 0; i <= answers.length(); i++) {
      if (i < answers.length() && answers.charAt(i) == '\\') {
        i++;
      } else if (i == answers.length() || answers.charAt(i) == '=' || answers.charAt(i) == '~') {
        String body = answers.substring(start, Math.min(i, answers.length()));
        if (mark != NO_MARK || !body.isBlank()) {
          items.add(item(mark, body));
        }
        mark = i < answers.length() ? answers.charAt(i) : NO_MARK;
        start = i + 1;
      }
    }
    return items;
  }

  private static GiftAnswerItem item(char mark, String body) {
    String rest = body.strip();
    Optional<String> percent = Optional.empty();
    if (rest.startsWith("%")) {
      int close = rest.indexOf('%', 1);
      if (close > 0) {
        percent = Optional.of(rest.substring(1, close));
        rest = rest.substring(close + 1);
      }
    }
    int hash = GiftText.indexOf(rest, "#", 0);
    if (hash < 0) {
      return new GiftAnswerItem(mark, percent, rest, Optional.empty());
    }
    return new GiftAnswerItem(
        mark, percent, rest.substring(0, hash), Optional.of(rest.substring(hash + 1)));
  }
}
