package jp.wlink.question.format.sheet;

/**
 * A keyword of the options column (設定). {@link #LINES} takes a number ({@code 行数=10}); the others
 * are flags that change a default.
 */
enum SheetOption {
  /** Choices or pairs keep the order of the sheet. */
  NO_SHUFFLE("noShuffle"),
  CASE_SENSITIVE("caseSensitive"),
  UNIT_REQUIRED("unitRequired"),
  /** The height of an essay's answer box. */
  LINES("lines");

  private final String key;

  SheetOption(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }
}
