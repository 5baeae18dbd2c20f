package jp.wlink.question.format.sheet;

import java.util.regex.Pattern;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.text.RichTextSanitiser;
import org.jsoup.parser.Parser;

/**
 * Cell text to and from the content model. A cell with markup is HTML and passes the sanitiser, so
 * script never survives; a cell without is plain text. Plain strings (answers, names) lose any
 * markup they carry.
 */
final class CellText {
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?][^>]*>");
  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();

  private CellText() {}

  static boolean hasMarkup(String text) {
    return MARKUP.matcher(text).find();
  }

  static RichText rich(String cell) {
    if (cell.isEmpty()) {
      return RichText.EMPTY;
    }
    return hasMarkup(cell) ? RichText.html(SANITISER.sanitise(cell)) : RichText.plain(cell);
  }

  static String plain(String cell) {
    return hasMarkup(cell) ? SANITISER.plainText(SANITISER.sanitise(cell)) : cell;
  }

  /**
   * What a cell holds for rich text. HTML without tags becomes its plain reading (entities
   * decoded), which is how the reader will take it back.
   */
  static String write(RichText text) {
    if (text.format() == TextFormat.HTML && !hasMarkup(text.text())) {
      return Parser.unescapeEntities(text.text(), false);
    }
    return text.text();
  }

  static String plainOf(RichText text) {
    return text.format() == TextFormat.HTML ? SANITISER.plainText(text.text()) : text.text();
  }
}
