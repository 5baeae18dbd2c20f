package jp.wlink.question.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XlsxQuestionFormatTest {
  private static final String[] HEADER = {"種類", "問題文", "選択肢1", "選択肢2", "正解", "レベル"};

  @ParameterizedTest
  @EnumSource(SheetLanguage.class)
  void everyTypeSurvivesARoundTrip(SheetLanguage language) throws IOException {
    List<ExportedQuestion> questions = SampleQuestions.everyType();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<ExportLoss> losses = new XlsxQuestionWriter(language).write(questions, out);
    ImportReport report = read(out.toByteArray(), ImportOptions.defaults());

    RoundTrips.assertReadBackEqual(questions, losses, report);
  }

  @Test
  void removesScriptFromEveryCell() throws IOException {
    byte[] xlsx =
        TestWorkbooks.xlsx(
            HEADER,
            new String[] {
              "単一選択",
              "<p>残留塩素</p><script>alert('x')</script>",
              "<img src=\"a.png\" onerror=\"alert(1)\">正",
              "誤<script>steal()</script>",
              "1",
              null
            });

    ImportReport report = read(xlsx, ImportOptions.defaults());

    ImportedQuestion question = report.questions().get(0);
    QuestionBody.Choices body = (QuestionBody.Choices) question.content().body();
    assertThat(question.content().stem().text()).isEqualTo("<p>残留塩素</p>");
    assertThat(body.choices().get(0).text().text()).doesNotContain("onerror").contains("a.png");
    assertThat(body.choices().get(1).text().text()).isEqualTo("誤");
  }

  @Test
  void readsTheValueExcelSavedForAFormulaWithoutEvaluatingIt() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("説明文");
      row.createCell(1).setCellValue("前処理");
      Cell level = row.createCell(5);
      level.setCellFormula("2+2");
      level.setCellValue(3);

      ImportReport report = read(TestWorkbooks.bytes(workbook), ImportOptions.defaults());

      assertThat(report.problems()).isEmpty();
      assertThat(report.questions().get(0).metadata().level()).isEqualTo(3);
    }
  }

  @Test
  void namesTheRowAsExcelShowsItAcrossBlankRows() throws IOException {
    byte[] xlsx =
        TestWorkbooks.xlsx(
            HEADER,
            new String[] {"正誤", "活性汚泥法は生物処理である", null, null, "○", "2"},
            new String[0],
            new String[] {"選択問題", "沈殿池", null, null, null, null},
            new String[] {"正誤", "塩素", null, null, "たぶん", "9"});

    ImportReport report = read(xlsx, ImportOptions.defaults());

    assertThat(report.questions()).hasSize(1);
    assertThat(report.problems())
        .containsExactly(
            ImportProblem.inQuestion(4, "沈殿池", "sheet.unknownType", "4", "選択問題"),
            ImportProblem.inQuestion(5, "塩素", "sheet.badTrueFalse", "5", "正解", "たぶん"));
  }

  @Test
  void refusesAZipBomb() throws IOException {
    ImportReport report = read(TestWorkbooks.zipBomb(20), ImportOptions.defaults());

    assertThat(keys(report)).containsExactly("question.import.error.zipBomb");
  }

  @Test
  void refusesAWorkbookThatUnpacksBeyondTheLimit() throws IOException {
    byte[] xlsx = TestWorkbooks.xlsx(HEADER);
    ImportOptions tight = withLimits(new ImportLimits(1_000_000, 100, 2_000, 0.01));

    assertThat(keys(read(xlsx, tight))).containsExactly("question.import.error.tooLarge");
  }

  @Test
  void refusesFilesOverTheByteLimitAndSheetsWithTooManyRows() throws IOException {
    byte[] xlsx = TestWorkbooks.xlsx(HEADER, new String[] {"説明文", "一"}, new String[] {"説明文", "二"});

    ImportReport tooBig = read(xlsx, withLimits(new ImportLimits(100, 100, 1 << 20, 0.01)));
    ImportReport tooMany = read(xlsx, withLimits(new ImportLimits(1 << 20, 1, 1 << 20, 0.01)));

    assertThat(keys(tooBig)).containsExactly("question.import.error.tooLarge");
    assertThat(keys(tooMany)).containsExactly("question.import.error.tooManyQuestions");
  }

  @Test
  void refusesWhatIsNoXlsx() throws IOException {
    byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};
    byte[] random =
        new java.util.Random(7)
            .ints(4096, 0, 256)
            .collect(ByteArrayOutputStream::new, ByteArrayOutputStream::write, (a, b) -> {})
            .toByteArray();
    byte[] truncated = java.util.Arrays.copyOf(TestWorkbooks.xlsx(HEADER), 600);

    for (byte[] file :
        List.of(oldExcel, random, truncated, TestWorkbooks.zipWithoutWorkbook(), new byte[0])) {
      assertThat(keys(read(file, ImportOptions.defaults())))
          .containsExactly("question.import.error.sheet.notXlsx");
    }
  }

  private static List<String> keys(ImportReport report) {
    return report.problems().stream().map(ImportProblem::messageKey).toList();
  }

  private static ImportOptions withLimits(ImportLimits limits) {
    return new ImportOptions(Optional.empty(), List.of(), limits);
  }

  private static ImportReport read(byte[] bytes, ImportOptions options) throws IOException {
    return new XlsxQuestionReader().read(new ByteArrayInputStream(bytes), options);
  }
}
