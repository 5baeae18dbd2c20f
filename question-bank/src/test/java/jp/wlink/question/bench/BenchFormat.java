package jp.wlink.question.bench;

import java.nio.charset.StandardCharsets;
import jp.wlink.question.format.QuestionReader;
import jp.wlink.question.format.QuestionWriter;
import jp.wlink.question.format.moodle.MoodleXmlReader;
import jp.wlink.question.format.moodle.MoodleXmlWriter;
import jp.wlink.question.format.sheet.CsvQuestionReader;
import jp.wlink.question.format.sheet.CsvQuestionWriter;
import jp.wlink.question.format.sheet.SheetLanguage;
import jp.wlink.question.format.sheet.XlsxQuestionReader;
import jp.wlink.question.format.sheet.XlsxQuestionWriter;

/**
 * One file format under measurement: how to write the generated questions and how to read them
 * back. The formats are made here once, so the engine's and the web module's benchmarks measure the
 * same writers and readers.
 */
public record BenchFormat(
    String name, String extension, QuestionWriter writer, QuestionReader reader) {
  public static BenchFormat moodleXml() {
    return new BenchFormat("xml", "xml", new MoodleXmlWriter(), new MoodleXmlReader());
  }

  /** A Japanese-headed Excel workbook, as the bank's template is. */
  public static BenchFormat xlsx() {
    return new BenchFormat(
        "xlsx", "xlsx", new XlsxQuestionWriter(SheetLanguage.JAPANESE), new XlsxQuestionReader());
  }

  /** Japanese headers in UTF-8. */
  public static BenchFormat csv() {
    return new BenchFormat(
        "csv",
        "csv",
        new CsvQuestionWriter(SheetLanguage.JAPANESE, StandardCharsets.UTF_8),
        new CsvQuestionReader());
  }
}
