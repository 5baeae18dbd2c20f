package jp.wlink.question.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SheetTemplateTest {
  @ParameterizedTest
  @EnumSource(SheetLanguage.class)
  void examplesImportAsOneQuestionOfEveryType(SheetLanguage language) throws IOException {
    byte[] template = template(language);

    ImportReport report =
        new XlsxQuestionReader().read(new ByteArrayInputStream(template), ImportOptions.defaults());

    assertThat(report.problems()).isEmpty();
    assertThat(report.questions())
        .extracting(q -> q.content().type())
        .containsExactly(QuestionType.values());
    ImportedQuestion numerical = report.questions().get(QuestionType.NUMERICAL.ordinal());
    assertThat(numerical.metadata().categoryPath()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(SheetLanguage.class)
  void offersDropDownsAndAGuideSheet(SheetLanguage language) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(language)))) {
      XSSFSheet questions = workbook.getSheetAt(0);
      List<String[]> lists =
          questions.getDataValidations().stream()
              .map(DataValidation::getValidationConstraint)
              .map(c -> c.getExplicitListValues())
              .toList();

      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      assertThat(workbook.getSheetAt(1).getLastRowNum()).isGreaterThan(30);
      assertThat(lists).hasSize(3);
      assertThat(lists.get(0)).hasSize(QuestionType.values().length);
      assertThat(lists.get(2)).containsExactly("1", "2", "3", "4", "5");
    }
  }

  @ParameterizedTest
  @EnumSource(SheetLanguage.class)
  void writesHeadersInTheAskedLanguage(SheetLanguage language) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(language)))) {
      String first = workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();

      assertThat(first).isEqualTo(language == SheetLanguage.JAPANESE ? "種類" : "Type");
    }
  }

  private static byte[] template(SheetLanguage language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SheetTemplate.write(language.locale(), out);
    return out.toByteArray();
  }
}
