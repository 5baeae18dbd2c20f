package jp.wlink.question.format.sheet;

import java.util.List;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * How a question sheet looks in Excel, for exports and the template alike: a bold frozen header,
 * widths that fit the content, text format where Excel would otherwise turn "1,3" into a number,
 * and drop-downs for type, level and status.
 */
final class SheetStyling {
  private static final int CHARACTER = 256;

  private SheetStyling() {}

  /** Writes the header row and prepares the columns for {@code rows} data rows. */
  static void prepare(Sheet sheet, List<ColumnRef> layout, SheetTexts texts, int rows) {
    Workbook workbook = sheet.getWorkbook();
    CellStyle header = headerStyle(workbook);
    CellStyle text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    Row row = sheet.createRow(0);
    for (int i = 0; i < layout.size(); i++) {
      ColumnRef ref = layout.get(i);
      row.createCell(i).setCellValue(texts.header(ref));
      row.getCell(i).setCellStyle(header);
      sheet.setColumnWidth(i, width(ref.column()) * CHARACTER);
      if (ref.column() == SheetColumn.ANSWER
          || ref.column() == SheetColumn.CHOICE
          || ref.column() == SheetColumn.ID_NUMBER) {
        sheet.setDefaultColumnStyle(i, text);
      }
    }
    sheet.createFreezePane(0, 1);
    dropDowns(sheet, layout, texts, Math.max(rows, 1));
  }

  private static CellStyle headerStyle(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private static int width(SheetColumn column) {
    return switch (column) {
      case STEM, EXPLANATION, GENERAL_FEEDBACK -> 50;
      case CHOICE, FEEDBACK, CATEGORY, ANSWER -> 24;
      default -> 14;
    };
  }

  private static void dropDowns(Sheet sheet, List<ColumnRef> layout, SheetTexts texts, int rows) {
    String[] types =
        List.of(QuestionType.values()).stream().map(texts::typeName).toArray(String[]::new);
    String[] statuses =
        List.of(QuestionStatus.values()).stream().map(texts::statusName).toArray(String[]::new);
    String[] levels = {"1", "2", "3", "4", "5"};
    dropDown(sheet, layout.indexOf(ColumnRef.of(SheetColumn.TYPE)), types, rows);
    dropDown(sheet, layout.indexOf(ColumnRef.of(SheetColumn.STATUS)), statuses, rows);
    dropDown(sheet, layout.indexOf(ColumnRef.of(SheetColumn.LEVEL)), levels, rows);
  }

  private static void dropDown(Sheet sheet, int column, String[] values, int rows) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint list = helper.createExplicitListConstraint(values);
    DataValidation validation =
        helper.createValidation(list, new CellRangeAddressList(1, rows, column, column));
    validation.setShowErrorBox(true);
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }
}
