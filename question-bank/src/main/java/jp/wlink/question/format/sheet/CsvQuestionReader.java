package jp.wlink.question.format.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.QuestionReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the question sheet saved as CSV, in UTF-8 (with or without BOM) or Windows-31J as Japanese
 * Excel saves it. Rows are numbered as Excel shows them: a quoted cell over several lines stays in
 * its row.
 */
public final class CsvQuestionReader implements QuestionReader {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  @Override
  public ImportReport read(InputStream in, ImportOptions options) throws IOException {
    SheetImport sheet = new SheetImport(options);
    Optional<byte[]> bytes = BoundedBytes.read(in, options.limits().maxFileBytes());
    if (bytes.isEmpty()) {
      sheet.fail(BoundedBytes.tooLarge(options.limits()));
      return sheet.finish();
    }
    Optional<String> text = CsvCharset.decode(bytes.get(), options.charset());
    if (text.isEmpty()) {
      String charset = options.charset().map(c -> c.name()).orElse("UTF-8 / Windows-31J");
      sheet.fail(ImportProblem.at(0, "badEncoding", charset));
      return sheet.finish();
    }
    rows(text.get(), sheet);
    return sheet.finish();
  }

  private static void rows(String text, SheetImport sheet) throws IOException {
    long row = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord record : parser) {
        row = record.getRecordNumber();
        if (!sheet.accept((int) row, record.toList())) {
          return;
        }
      }
    } catch (UncheckedIOException e) {
      sheet.fail(ImportProblem.at((int) row + 1, "sheet.badCsv", String.valueOf(row + 1)));
    }
  }
}
