package jp.wlink.question.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes item analysis as an .xlsx workbook: one row per question with its name, responses,
 * facility, discrimination, flags (one per line) and the picks of each option, the keyed options in
 * bold. Every header comes from the caller, who knows the reader's language.
 */
public final class ItemAnalysisWorkbook {
  private static final int FIXED_COLUMNS = 5;
  private static final String FIGURE_FORMAT = "0.00";

  /**
   * The words of the sheet, in the reader's language: the sheet's name, the column headers, the
   * header of the n-th option (from 1) and the text of each flag.
   */
  public record Labels(
      String sheet,
      String question,
      String responses,
      String facility,
      String discrimination,
      String flags,
      IntFunction<String> option,
      Map<WeakItemFlag, String> flagTexts) {
    public Labels {
      Objects.requireNonNull(sheet, "sheet");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(responses, "responses");
      Objects.requireNonNull(facility, "facility");
      Objects.requireNonNull(discrimination, "discrimination");
      Objects.requireNonNull(flags, "flags");
      Objects.requireNonNull(option, "option");
      flagTexts = Map.copyOf(flagTexts);
    }
  }

  /** Writes the workbook to {@code out}, which stays open. */
  public void write(List<ItemStatistics> items, Labels labels, OutputStream out)
      throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.sheet()));
      Styles styles = new Styles(workbook);
      int options = items.stream().mapToInt(i -> i.question().choiceCount()).max().orElse(0);

      writeHeader(sheet.createRow(0), labels, options, styles);
      for (int i = 0; i < items.size(); i++) {
        writeItem(sheet.createRow(i + 1), items.get(i), labels, styles);
      }
      finish(sheet, FIXED_COLUMNS + options);
      workbook.write(out);
    }
  }

  private static void writeHeader(Row row, Labels labels, int options, Styles styles) {
    List<String> fixed =
        List.of(
            labels.question(),
            labels.responses(),
            labels.facility(),
            labels.discrimination(),
            labels.flags());
    for (int c = 0; c < fixed.size(); c++) {
      text(row, c, fixed.get(c), styles.header);
    }
    for (int o = 0; o < options; o++) {
      text(row, FIXED_COLUMNS + o, labels.option().apply(o + 1), styles.header);
    }
  }

  private static void writeItem(Row row, ItemStatistics item, Labels labels, Styles styles) {
    text(row, 0, item.question().name(), null);
    row.createCell(1).setCellValue(item.responses());
    figure(row, 2, item.facility(), styles.figure);
    figure(row, 3, item.discrimination(), styles.figure);
    String flags =
        item.flags().stream()
            .map(f -> labels.flagTexts().getOrDefault(f, f.name()))
            .collect(Collectors.joining("\n"));
    text(row, 4, flags, styles.wrapped);
    for (int o = 0; o < item.picks().size(); o++) {
      Cell cell = row.createCell(FIXED_COLUMNS + o);
      cell.setCellValue(item.picks().get(o));
      if (item.question().keyed().contains(o)) {
        cell.setCellStyle(styles.keyed);
      }
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** An undefined figure stays a blank cell, so that Excel's averages skip it. */
  private static void figure(Row row, int column, OptionalDouble value, CellStyle style) {
    if (value.isPresent()) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value.getAsDouble());
      cell.setCellStyle(style);
    }
  }

  private static void finish(Sheet sheet, int columns) {
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, sheet.getLastRowNum(), 0, columns - 1));
    sheet.setColumnWidth(0, 40 * 256);
    sheet.setColumnWidth(4, 30 * 256);
  }

  /** The few cell styles the sheet shares; a workbook holds a limited number of them. */
  private static final class Styles {
    private final CellStyle header;
    private final CellStyle figure;
    private final CellStyle wrapped;
    private final CellStyle keyed;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      keyed = header;
      figure = workbook.createCellStyle();
      figure.setDataFormat(workbook.createDataFormat().getFormat(FIGURE_FORMAT));
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
    }
  }
}
