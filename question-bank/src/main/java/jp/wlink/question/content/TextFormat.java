package jp.wlink.question.content;

/** How the text of a {@link RichText} is written, as Moodle and GIFT distinguish it. */
public enum TextFormat {
  HTML,
  PLAIN,
  MARKDOWN,
  /** Moodle's auto-format: plain text whose line breaks become paragraphs. */
  MOODLE_AUTO
}
