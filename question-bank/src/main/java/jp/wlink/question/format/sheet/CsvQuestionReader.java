package jp.wlink.question.format.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.QuestionReader;
import jp.wlink.question.format.TextDecoding;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads the question sheet saved as CSV, in UTF-8 (with or without BOM) or Windows-31J as Japanese
 * Excel saves it. Rows are numbered as Excel shows them: a quoted cell over several lines stays in
 * its row.
 */
public final class CsvQuestionReader implements QuestionReader {
  static final CSVFormat FORMAT = SheetRows.CSV;

  @Override
  public ImportReport read(InputStream in, ImportOptions options) throws IOException {
    SheetImport sheet = new SheetImport(options);
    Optional<byte[]> bytes = BoundedBytes.read(in, options.limits().maxFileBytes());
    if (bytes.isEmpty()) {
      sheet.fail(BoundedBytes.tooLarge(options.limits()));
      return sheet.finish();
    }
    Optional<String> text = TextDecoding.decode(bytes.get(), options.charset());
    if (text.isEmpty()) {
      sheet.fail(TextDecoding.badEncoding(options.charset()));
      return sheet.finish();
    }
    rows(text.get(), sheet);
    return sheet.finish();
  }

  private static void rows(String text, SheetImport sheet) throws IOException {
    SheetRows.readCsv(text, sheet::accept).ifPresent(sheet::fail);
  }
}
