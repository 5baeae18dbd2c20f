package jp.wlink.question.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps the formatting a question needs (paragraphs, lists, tables, emphasis, sub- and superscript,
 * images, links) and removes everything that could run: scripts, event handlers, styles, frames,
 * forms and {@code javascript:} links. Images and links may point to the web or to the bank's own
 * files (relative paths, and {@code @@PLUGINFILE@@} references while importing).
 */
public final class RichTextSanitiser {
  private static final String BASE = "https://wlink.invalid/";
  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .addTags("hr", "s", "del", "ins", "mark", "ruby", "rt", "rp")
          .addAttributes("img", "width", "height")
          .addAttributes("td", "rowspan")
          .addAttributes("th", "rowspan", "scope")
          .removeProtocols("img", "src", "http")
          .preserveRelativeLinks(true);

  private static final Document.OutputSettings COMPACT =
      new Document.OutputSettings().prettyPrint(false);

  public String sanitise(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    return Jsoup.clean(html, BASE, ALLOWED, COMPACT);
  }

  /**
   * Whether the text holds nothing the sanitiser would remove. Plain, Markdown and Moodle
   * auto-format texts that pass are kept as written, since escaping them would change their words.
   */
  public boolean isSafe(String text) {
    if (text == null || text.isEmpty()) {
      return true;
    }
    // Cleaner.isValid judges the nodes only; Jsoup.isValid would also fail on parse errors such
    // as a bare "<>", which plain text may well contain.
    return new Cleaner(ALLOWED).isValid(Jsoup.parseBodyFragment(text, BASE));
  }

  /** The text a person reads, without markup: for search, previews and duplicate checks. */
  public String plainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    return Jsoup.parseBodyFragment(html).text();
  }
}
