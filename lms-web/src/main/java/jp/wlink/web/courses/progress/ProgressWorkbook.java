package jp.wlink.web.courses.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.progress.Risk;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the officer's table, every row of the chosen filter, as an .xlsx sheet: a header row in
 * the reader's language, then one row per staff member and course, numbers as numbers. Streams rows
 * to a temporary file as it goes, so 30,000 rows keep little in memory.
 */
final class ProgressWorkbook {
  /** The words of the sheet, in the reader's language. */
  record Labels(
      String sheet,
      List<String> headers,
      Map<EnrolmentStatus, String> statuses,
      Map<Risk, String> risks) {
    Labels {
      headers = List.copyOf(headers);
      statuses = Map.copyOf(statuses);
      risks = Map.copyOf(risks);
    }
  }

  static final int COLUMNS = 11;

  private final Labels labels;
  private final ProgressFormat format = new ProgressFormat();

  ProgressWorkbook(Labels labels) {
    this.labels = Objects.requireNonNull(labels);
    if (labels.headers().size() != COLUMNS) {
      throw new IllegalArgumentException("The sheet has " + COLUMNS + " columns");
    }
  }

  void write(OfficerTable table, OfficerQuery query, OutputStream out) throws IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      SXSSFSheet sheet = book.createSheet(labels.sheet());
      Row header = sheet.createRow(0);
      for (int c = 0; c < COLUMNS; c++) {
        header.createCell(c).setCellValue(labels.headers().get(c));
      }
      int[] next = {1};
      table.each(query, row -> fill(sheet.createRow(next[0]++), row));
      sheet.createFreezePane(0, 1);
      book.write(out);
    } finally {
      book.close();
    }
  }

  private void fill(Row line, OfficerRow row) {
    line.createCell(0).setCellValue(row.handle());
    line.createCell(1).setCellValue(row.email());
    line.createCell(2).setCellValue(row.courseTitle());
    line.createCell(3).setCellValue(labels.statuses().get(row.status()));
    line.createCell(4).setCellValue(row.getPercent());
    line.createCell(5).setCellValue(row.lessonsDone());
    line.createCell(6).setCellValue(row.lessonsTotal());
    line.createCell(7).setCellValue(row.getStudyHours());
    line.createCell(8).setCellValue(format.dayOf(row.lastActivity()));
    line.createCell(9).setCellValue(format.day(row.deadline()));
    line.createCell(10)
        .setCellValue(
            row.risks().stream()
                .sorted()
                .map(labels.risks()::get)
                .collect(Collectors.joining("、")));
  }
}
