package jp.wlink.question.format;

import java.util.regex.Pattern;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.text.RichTextSanitiser;

/**
 * Builds the rich text an importer hands to the bank. HTML always goes through the sanitiser.
 * Plain, Markdown and auto-format text keep their format and words; any markup the sanitiser would
 * remove makes the whole text go through it, and script links that Markdown would turn into
 * clickable links are neutralised.
 */
public final class SafeText {
  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();
  private static final Pattern SCRIPT_SCHEME =
      Pattern.compile("(?i)(java|vb)\\s*script\\s*:|data\\s*:\\s*text/html");

  private SafeText() {}

  public static RichText of(String text, TextFormat format) {
    if (format == TextFormat.HTML) {
      return RichText.html(SANITISER.sanitise(text));
    }
    String safe = SANITISER.isSafe(text) ? text : SANITISER.sanitise(text);
    return new RichText(SCRIPT_SCHEME.matcher(safe).replaceAll(""), format);
  }

  /** HTML feedback kept as a string (cloze answers), sanitised like any HTML. */
  public static String html(String text) {
    return SANITISER.sanitise(text);
  }
}
