package jp.wlink.question.format.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.wlink.question.content.QuestionType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable .xlsx template: the question sheet with its headers, drop-downs and one example
 * row per question type, and a guide sheet that explains every column and type. All its words come
 * from the template bundle of the chosen language; the reader reads the examples as they are.
 */
public final class SheetTemplate {
  /** Rows below the header that get the drop-downs. */
  static final int PREPARED_ROWS = 1000;

  private static final int GUIDE_WIDTH = 100;

  private SheetTemplate() {}

  public static void write(Locale locale, OutputStream out) throws IOException {
    write(SheetLanguage.of(locale), out);
  }

  public static void write(SheetLanguage language, OutputStream out) throws IOException {
    SheetTexts texts = SheetTexts.of(language);
    List<ColumnRef> layout = ColumnRef.layout(RowWriter.MIN_CHOICES);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet questions = workbook.createSheet(texts.text("sheet.questions"));
      SheetStyling.prepare(questions, layout, texts, PREPARED_ROWS);
      for (int n = 1; texts.has("example." + n + ".type"); n++) {
        XlsxQuestionWriter.write(questions.createRow(n), layout, example(texts, n, layout));
      }
      guide(workbook.createSheet(texts.text("sheet.guide")), texts);
      workbook.write(out);
    }
  }

  private static Map<ColumnRef, String> example(SheetTexts texts, int n, List<ColumnRef> layout) {
    Map<ColumnRef, String> cells = new HashMap<>();
    for (ColumnRef ref : layout) {
      String key = "example." + n + "." + ref.column().key() + (ref.index() > 0 ? ref.index() : "");
      if (texts.has(key)) {
        cells.put(ref, texts.text(key));
      }
    }
    return cells;
  }

  private static void guide(Sheet sheet, SheetTexts texts) {
    CellStyle bold = boldStyle(sheet);
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, GUIDE_WIDTH * 256);
    int row = 0;
    line(sheet, row++, bold, texts.text("guide.title"), null);
    for (int n = 1; texts.has("guide." + n); n++) {
      line(sheet, row++, null, texts.text("guide." + n), null);
    }
    row++;
    line(sheet, row++, bold, texts.text("guide.columns"), texts.text("guide.howTo"));
    for (SheetColumn column : SheetColumn.values()) {
      String header = column.repeated() ? texts.header(new ColumnRef(column, 1)) : null;
      header = header == null ? texts.header(ColumnRef.of(column)) : header;
      line(sheet, row++, null, header, texts.text("guide.column." + column.key()));
    }
    row++;
    line(sheet, row++, bold, texts.text("guide.types"), null);
    for (QuestionType type : QuestionType.values()) {
      line(sheet, row++, null, texts.typeName(type), texts.text("guide.type." + type.name()));
    }
  }

  private static void line(Sheet sheet, int index, CellStyle style, String first, String second) {
    Row row = sheet.createRow(index);
    row.createCell(0).setCellValue(first);
    if (second != null) {
      row.createCell(1).setCellValue(second);
    }
    if (style != null) {
      row.getCell(0).setCellStyle(style);
      if (second != null) {
        row.getCell(1).setCellStyle(style);
      }
    }
  }

  private static CellStyle boldStyle(Sheet sheet) {
    Font font = sheet.getWorkbook().createFont();
    font.setBold(true);
    CellStyle style = sheet.getWorkbook().createCellStyle();
    style.setFont(font);
    return style;
  }
}
