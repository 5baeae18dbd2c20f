package jp.wlink.question.format;

/** The file formats the bank reads and writes. */
public enum QuestionFileFormat {
  MOODLE_XML("xml"),
  GIFT("gift"),
  AIKEN("txt"),
  XLSX("xlsx"),
  CSV("csv");

  private final String extension;

  QuestionFileFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
