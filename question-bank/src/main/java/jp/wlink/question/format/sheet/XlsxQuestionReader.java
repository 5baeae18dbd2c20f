package jp.wlink.question.format.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.QuestionReader;

/**
 * Reads the question sheet from the first worksheet of an .xlsx file, streaming its XML so that ten
 * thousand rows fit in little memory. Formulas are never evaluated: a formula cell reads as the
 * value Excel saved. Files that are too large, inflate too far or are no xlsx are refused whole.
 */
public final class XlsxQuestionReader implements QuestionReader {
  @Override
  public ImportReport read(InputStream in, ImportOptions options) throws IOException {
    SheetImport sheet = new SheetImport(options);
    ImportLimits limits = options.limits();
    Optional<byte[]> bytes = BoundedBytes.read(in, limits.maxFileBytes());
    if (bytes.isEmpty()) {
      sheet.fail(BoundedBytes.tooLarge(limits));
      return sheet.finish();
    }
    SheetRows.readXlsx(bytes.get(), limits, sheet::accept).ifPresent(sheet::fail);
    return sheet.finish();
  }
}
