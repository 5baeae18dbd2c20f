package jp.wlink.question.scoring;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.text.JapaneseNormaliser;

/**
 * Compares typed text with accepted answers as Moodle does: both sides are normalised alike, a
 * {@code *} in an accepted answer matches any run of characters ({@code \*} is a literal star), and
 * the first accepted answer in list order that matches decides. A blank response matches nothing.
 */
final class ShortAnswerMatching {
  /** Marks a wildcard through normalisation: NFKC and case folding leave private-use code alone. */
  private static final String ANY = "\uE000";

  private ShortAnswerMatching() {}

  static Optional<AcceptedAnswer> firstMatch(
      List<AcceptedAnswer> answers, String given, boolean caseSensitive) {
    String key = JapaneseNormaliser.forAnswer(given, caseSensitive);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return answers.stream().filter(a -> matchesKey(a.text(), key, caseSensitive)).findFirst();
  }

  static boolean matches(String accepted, String given, boolean caseSensitive) {
    String key = JapaneseNormaliser.forAnswer(given, caseSensitive);
    return !key.isEmpty() && matchesKey(accepted, key, caseSensitive);
  }

  private static boolean matchesKey(String accepted, String key, boolean caseSensitive) {
    String pattern = JapaneseNormaliser.forAnswer(markWildcards(accepted), caseSensitive);
    if (!pattern.contains(ANY)) {
      return pattern.equals(key);
    }
    return regex(pattern).matcher(key).matches();
  }

  private static String markWildcards(String accepted) {
    StringBuilder marked = new StringBuilder(accepted.length());
    for (int i = 0; i < accepted.length(); i++) {
      char c = accepted.charAt(i);
      if (c == '\\' && i + 1 < accepted.length() && accepted.charAt(i + 1) == '*') {
        marked.append('*');
        i++;
      } else {
        marked.append(c == '*' ? ANY : String.valueOf(c));
      }
    }
    return marked.toString();
  }

  private static Pattern regex(String pattern) {
    StringBuilder regex = new StringBuilder();
    String[] literals = pattern.split(ANY, -1);
    for (int i = 0; i < literals.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(literals[i]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
