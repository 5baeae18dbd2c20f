package jp.wlink.question.content;

import java.util.Objects;

/**
 * A piece of question text in its format. HTML is always sanitised before it gets here: the
 * importers and the editor pass it through the bank's sanitiser, so what is stored can be shown.
 */
public record RichText(String text, TextFormat format) {
  public static final RichText EMPTY = new RichText("", TextFormat.HTML);

  public RichText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
  }

  public static RichText html(String html) {
    return new RichText(html, TextFormat.HTML);
  }

  public static RichText plain(String text) {
    return new RichText(text, TextFormat.PLAIN);
  }

  public boolean isEmpty() {
    return text.isBlank();
  }
}
