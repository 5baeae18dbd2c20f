package jp.wlink.web.questions;

import java.util.Locale;
import java.util.Optional;
import jp.wlink.question.format.QuestionFileFormat;
import jp.wlink.question.format.QuestionReader;
import jp.wlink.question.format.QuestionWriter;
import jp.wlink.question.format.aiken.AikenReader;
import jp.wlink.question.format.aiken.AikenWriter;
import jp.wlink.question.format.gift.GiftReader;
import jp.wlink.question.format.gift.GiftWriter;
import jp.wlink.question.format.moodle.MoodleXmlReader;
import jp.wlink.question.format.moodle.MoodleXmlWriter;
import jp.wlink.question.format.sheet.CsvQuestionReader;
import jp.wlink.question.format.sheet.CsvQuestionWriter;
import jp.wlink.question.format.sheet.SheetLanguage;
import jp.wlink.question.format.sheet.XlsxQuestionReader;
import jp.wlink.question.format.sheet.XlsxQuestionWriter;

/**
 * The engine's readers and writers by file format, and the format a file's name suggests. A {@code
 * .txt} file is taken for Aiken, the plain-text format that names itself by nothing else; the
 * import page lets the author say GIFT instead.
 */
public final class QuestionFormats {
  private QuestionFormats() {}

  public static QuestionReader reader(QuestionFileFormat format) {
    return switch (format) {
      case MOODLE_XML -> new MoodleXmlReader();
      case GIFT -> new GiftReader();
      case AIKEN -> new AikenReader();
      case XLSX -> new XlsxQuestionReader();
      case CSV -> new CsvQuestionReader();
    };
  }

  /** A writer in the page's language for the sheets, CSV in the character set chosen. */
  public static QuestionWriter writer(
      QuestionFileFormat format, Locale locale, ExportCharset csvCharset) {
    SheetLanguage language = SheetLanguage.of(locale);
    return switch (format) {
      case MOODLE_XML -> new MoodleXmlWriter();
      case GIFT -> new GiftWriter();
      case AIKEN -> new AikenWriter();
      case XLSX -> new XlsxQuestionWriter(language);
      case CSV -> new CsvQuestionWriter(language, csvCharset.charset());
    };
  }

  /** The format the file name's extension stands for, if any. */
  public static Optional<QuestionFileFormat> byFileName(String fileName) {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1);
    for (QuestionFileFormat format : QuestionFileFormat.values()) {
      if (format.extension().equals(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The name of a downloaded file: {@code questions.xml}, {@code questions.xlsx}... */
  public static String fileName(String base, QuestionFileFormat format) {
    return base + "." + format.extension();
  }

  public static String mediaType(QuestionFileFormat format) {
    return switch (format) {
      case MOODLE_XML -> "application/xml";
      case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case CSV -> "text/csv";
      case GIFT, AIKEN -> "text/plain";
    };
  }
}
