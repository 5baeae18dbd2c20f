package jp.wlink.question.format.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.QuestionWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes questions as an .xlsx question sheet that the reader and Excel both open: the template's
 * header, drop-downs and column formats, one row per question. Streams rows to disk, so exporting
 * the whole bank needs little memory.
 */
public final class XlsxQuestionWriter implements QuestionWriter {
  private static final int ROWS_IN_MEMORY = 200;

  private final RowWriter rows;

  /** Japanese headers and words. */
  public XlsxQuestionWriter() {
    this(SheetLanguage.JAPANESE);
  }

  public XlsxQuestionWriter(SheetLanguage language) {
    this.rows = new RowWriter(Objects.requireNonNull(language, "language"));
  }

  @Override
  public List<ExportLoss> write(List<ExportedQuestion> questions, OutputStream out)
      throws IOException {
    List<ExportLoss> losses = losses(questions);
    List<ColumnRef> layout = ColumnRef.layout(RowWriter.choiceColumns(questions));
    // Shared strings, as Excel writes them: readers turn inline strings into XML objects one by
    // one, which made reading an export back several times slower.
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, true);
    try {
      workbook.setCompressTempFiles(true);
      Sheet sheet = workbook.createSheet(rows.texts().text("sheet.questions"));
      SheetStyling.prepare(sheet, layout, rows.texts(), questions.size());
      for (int i = 0; i < questions.size(); i++) {
        write(sheet.createRow(i + 1), layout, rows.cells(questions.get(i)));
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
    return losses;
  }

  static void write(Row row, List<ColumnRef> layout, Map<ColumnRef, String> cells) {
    for (int i = 0; i < layout.size(); i++) {
      String value = cells.get(layout.get(i));
      if (value != null) {
        String fitting =
            value.length() > SheetLosses.EXCEL_CELL_LIMIT
                ? value.substring(0, SheetLosses.EXCEL_CELL_LIMIT)
                : value;
        row.createCell(i).setCellValue(fitting);
      }
    }
  }

  @Override
  public List<ExportLoss> losses(List<ExportedQuestion> questions) {
    List<ExportLoss> losses = new ArrayList<>();
    for (ExportedQuestion question : questions) {
      losses.addAll(SheetLosses.of(question, rows.cells(question), rows.texts(), true));
    }
    return losses;
  }
}
