package jp.wlink.question.format.sheet;

/**
 * The columns of the question spreadsheet, in the order writers put them. {@link #CHOICE} and
 * {@link #FEEDBACK} repeat (選択肢1, 選択肢2...); every other column appears at most once. The header
 * texts live in the template bundles under {@code column.<key>}.
 */
enum SheetColumn {
  TYPE("type"),
  CATEGORY("category"),
  NAME("name"),
  STEM("stem"),
  ANSWER("answer"),
  CHOICE("choice"),
  FEEDBACK("feedback"),
  UNITS("units"),
  OPTIONS("options"),
  GENERAL_FEEDBACK("generalFeedback"),
  EXPLANATION("explanation"),
  DEFAULT_MARK("defaultMark"),
  PENALTY("penalty"),
  LEVEL("level"),
  STATUS("status"),
  TAGS("tags"),
  CERTIFICATION("certification"),
  SUBJECT("subject"),
  SKILLS("skills"),
  SOURCE("source"),
  YEAR("year"),
  AUTHOR("author"),
  LICENCE("licence"),
  ID_NUMBER("idNumber");

  private final String key;

  SheetColumn(String key) {
    this.key = key;
  }

  /** The stable name, also accepted as a header in any language. */
  String key() {
    return key;
  }

  String bundleKey() {
    return "column." + key;
  }

  boolean repeated() {
    return this == CHOICE || this == FEEDBACK;
  }
}
