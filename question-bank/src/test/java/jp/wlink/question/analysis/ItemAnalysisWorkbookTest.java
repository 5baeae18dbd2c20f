package jp.wlink.question.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import jp.wlink.question.content.QuestionType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ItemAnalysisWorkbookTest {
  private static final ItemAnalysisWorkbook.Labels JAPANESE =
      new ItemAnalysisWorkbook.Labels(
          "項目分析",
          "問題",
          "回答数",
          "正答率",
          "識別力",
          "注意",
          n -> "選択肢" + n,
          Map.of(
              WeakItemFlag.TOO_EASY, "易しすぎます",
              WeakItemFlag.UNPICKED_DISTRACTOR, "選ばれない誤答があります"));

  private final ItemStatistics chlorine =
      new ItemStatistics(
          new AnalysedQuestion(1, "残留塩素の基準", QuestionType.SINGLE_CHOICE, 3, Set.of(1)),
          20,
          OptionalDouble.of(0.96),
          OptionalDouble.of(0.3125),
          List.of(1, 19, 0),
          Set.of(WeakItemFlag.UNPICKED_DISTRACTOR, WeakItemFlag.TOO_EASY));

  private final ItemStatistics typed =
      new ItemStatistics(
          new AnalysedQuestion(2, "=SUM(A1)", QuestionType.SHORT_ANSWER, 0, Set.of()),
          20,
          OptionalDouble.of(0.5),
          OptionalDouble.empty(),
          List.of(),
          Set.of());

  private Sheet written(Workbook workbook) {
    return workbook.getSheet("項目分析");
  }

  private Workbook write(List<ItemStatistics> items) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ItemAnalysisWorkbook().write(items, JAPANESE, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void writesTheCallersHeadersAndAColumnPerOption() throws IOException {
    try (Workbook workbook = write(List.of(chlorine, typed))) {
      Row header = written(workbook).getRow(0);

      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("問題");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("識別力");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("選択肢3");
      assertThat(header.getLastCellNum()).isEqualTo((short) 8);
    }
  }

  @Test
  void writesFiguresFlagsInOrderAndPicks() throws IOException {
    try (Workbook workbook = write(List.of(chlorine, typed))) {
      Row row = written(workbook).getRow(1);

      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("残留塩素の基準");
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(20);
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.96);
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.3125);
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("易しすぎます\n選ばれない誤答があります");
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(19);
    }
  }

  @Test
  void marksTheKeyedOptionInBold() throws IOException {
    try (Workbook workbook = write(List.of(chlorine))) {
      Row row = written(workbook).getRow(1);

      assertThat(fontOf(workbook, row, 6).getBold()).isTrue();
      assertThat(fontOf(workbook, row, 5).getBold()).isFalse();
    }
  }

  @Test
  void leavesAnUndefinedFigureBlankAndKeepsFormulaLikeNamesAsText() throws IOException {
    try (Workbook workbook = write(List.of(typed))) {
      Row row = written(workbook).getRow(1);

      assertThat(row.getCell(3)).isNull();
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=SUM(A1)");
    }
  }

  private static Font fontOf(Workbook workbook, Row row, int column) {
    return workbook.getFontAt(row.getCell(column).getCellStyle().getFontIndex());
  }
}
