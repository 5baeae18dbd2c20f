package jp.wlink.course.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.wlink.course.enrolment.StaffListReader.Kind;
import jp.wlink.question.format.TextDecoding;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StaffListReaderTest {
  @Test
  void readsAWorkbookWithAJapaneseHeaderInAnyColumnOrder() throws IOException {
    byte[] xlsx =
        workbook(
            new String[] {"期限", "氏名", "メールアドレス"},
            new String[] {"2027/03/31", "髙橋 一郎", "takahashi@minato.example"},
            new String[] {"", "", ""},
            new String[] {"", "佐藤", "sato@minato.example"});

    StaffListReading reading = StaffListReader.read(new ByteArrayInputStream(xlsx), Kind.XLSX);

    assertThat(reading.refused()).isFalse();
    assertThat(reading.rows())
        .extracting(ListedRow::row, ListedRow::email, ListedRow::deadline)
        .containsExactly(
            tuple(2, "takahashi@minato.example", "2027/03/31"),
            tuple(4, "sato@minato.example", ""));
  }

  @Test
  void readsAShiftJisCsvWithoutHeader() throws IOException {
    String csv = "sato@minato.example,2027年3月31日\r\nsuzuki@minato.example\r\n";

    StaffListReading reading =
        StaffListReader.read(
            new ByteArrayInputStream(csv.getBytes(TextDecoding.WINDOWS_31J)), Kind.CSV);

    assertThat(reading.rows())
        .extracting(ListedRow::row, ListedRow::email, ListedRow::deadline)
        .containsExactly(
            tuple(1, "sato@minato.example", "2027年3月31日"), tuple(2, "suzuki@minato.example", ""));
  }

  @Test
  void readsAUtf8CsvWithBomAndAnEnglishHeader() throws IOException {
    String csv = "\uFEFFEmail,Deadline\n sato@minato.example ,2027-03-31\n";

    StaffListReading reading =
        StaffListReader.read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Kind.CSV);

    assertThat(reading.rows())
        .containsExactly(new ListedRow(2, "sato@minato.example", "2027-03-31"));
  }

  @Test
  void refusesAZipBombBeforeUnpackingIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(new byte[20 * 1024 * 1024]);
      zip.closeEntry();
    }

    StaffListReading reading =
        StaffListReader.read(new ByteArrayInputStream(bytes.toByteArray()), Kind.XLSX);

    assertThat(reading.fileProblem())
        .hasValueSatisfying(p -> assertThat(p.messageKey()).endsWith("zipBomb"));
  }

  @Test
  void refusesAFileThatIsNoWorkbook() throws IOException {
    StaffListReading reading =
        StaffListReader.read(new ByteArrayInputStream("a,b".getBytes()), Kind.XLSX);

    assertThat(reading.fileProblem())
        .hasValueSatisfying(p -> assertThat(p.messageKey()).endsWith("sheet.notXlsx"));
  }

  @Test
  void stopsPastTheRowLimit() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i <= StaffList.MAX_ROWS; i++) {
      csv.append("staff").append(i).append("@minato.example\n");
    }

    StaffListReading reading =
        StaffListReader.read(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), Kind.CSV);

    assertThat(reading.fileProblem())
        .hasValueSatisfying(p -> assertThat(p.messageKey()).endsWith("enrolment.tooManyRows"));
  }

  static byte[] workbook(String[]... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("staff");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
