package jp.wlink.question.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

  /** The text a person reads, without markup: for search, previews and duplicate checks. */
  public String plainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    return Jsoup.parseBodyFragment(html).text();
  }
}
