package jp.wlink.question.bank;

import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.text.RichTextSanitiser;

/** What a person reads of a rich text, without markup. */
final class RichTexts {
  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();

  private RichTexts() {}

  static String plain(RichText text) {
    return text.format() == TextFormat.HTML ? SANITISER.plainText(text.text()) : text.text();
  }
}
