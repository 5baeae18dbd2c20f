package jp.wlink.question.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.TextFormat;

/**
 * GIFT's escapes: a backslash makes {@code ~ = # { } :} literal, {@code \\} is one backslash and
 * {@code \n} a line break. Searching skips escaped characters, so a control character is found only
 * where the author meant it.
 */
final class GiftText {
  private static final String CONTROL = "~=#{}:";

  private GiftText() {}

  /** Where {@code token} next starts unescaped at or after {@code from}, or -1. */
  static int indexOf(String text, String token, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.startsWith(token, i)) {
        return i;
      }
    }
    return -1;
  }

  static boolean contains(String text, String token) {
    return indexOf(text, token, 0) >= 0;
  }

  /** The text split at each unescaped {@code separator}, separators dropped. */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int at;
    while ((at = indexOf(text, String.valueOf(separator), start)) >= 0) {
      parts.add(text.substring(start, at));
      start = at + 1;
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** The literal text: escapes resolved, surrounding white space removed. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '\\' && (CONTROL.indexOf(next) >= 0 || next == '\\')) {
        out.append(next);
        i++;
      } else if (c == '\\' && next == 'n') {
        out.append('\n');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString().trim();
  }

  /** The text as GIFT must carry it: control characters escaped, line breaks as {@code \n}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || CONTROL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A leading {@code [html]}-style marker and the text after it, if the text has one. */
  static Optional<Marked> marker(String text) {
    String trimmed = text.stripLeading();
    for (TextFormat format : TextFormat.values()) {
      String marker = "[" + name(format) + "]";
      if (trimmed.startsWith(marker)) {
        return Optional.of(new Marked(format, trimmed.substring(marker.length())));
      }
    }
    return Optional.empty();
  }

  /** The name GIFT gives a format in its marker. */
  static String name(TextFormat format) {
    return switch (format) {
      case HTML -> "html";
      case PLAIN -> "plain";
      case MARKDOWN -> "markdown";
      case MOODLE_AUTO -> "moodle";
    };
  }

  /** Text after its format marker, with the format it names. */
  record Marked(TextFormat format, String rest) {}
}
