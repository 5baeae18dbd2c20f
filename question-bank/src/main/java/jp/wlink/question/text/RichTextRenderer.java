package jp.wlink.question.text;

import java.util.Objects;
import jp.wlink.question.content.RichText;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Entities;

/**
 * Turns question text in any {@link jp.wlink.question.content.TextFormat} into HTML that is safe to
 * put on a page: Markdown through CommonMark, plain and Moodle auto-format text escaped with its
 * line breaks kept, and every result passed through the sanitiser once more, so that even text
 * stored before a sanitiser change cannot run script.
 */
public final class RichTextRenderer {
  private final RichTextSanitiser sanitiser;
  private final Parser markdown = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();

  public RichTextRenderer(RichTextSanitiser sanitiser) {
    this.sanitiser = Objects.requireNonNull(sanitiser);
  }

  public RichTextRenderer() {
    this(new RichTextSanitiser());
  }

  public String toHtml(RichText text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String html =
        switch (text.format()) {
          case HTML -> text.text();
          case MARKDOWN -> renderer.render(markdown.parse(text.text()));
          case PLAIN -> lines(text.text());
          case MOODLE_AUTO -> paragraphs(text.text());
        };
    return sanitiser.sanitise(html);
  }

  private static String lines(String plain) {
    return Entities.escape(plain).replace("\r\n", "\n").replace("\n", "<br>");
  }

  private static String paragraphs(String plain) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : plain.replace("\r\n", "\n").split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(lines(paragraph.strip())).append("</p>");
      }
    }
    return html.toString();
  }
}
