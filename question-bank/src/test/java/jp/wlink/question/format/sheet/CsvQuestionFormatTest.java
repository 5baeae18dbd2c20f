package jp.wlink.question.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.format.TextDecoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CsvQuestionFormatTest {
  /** In Windows-31J but not in plain Shift_JIS: 髙, Ⅲ, ㎡, ①. */
  private static final String MS932_TEXT = "髙橋さん, 第Ⅲ種 と 処理能力 50,000㎡ ①";

  private static final String CUBIC_METRES = "処理能力 50,000㎥/日";

  @ParameterizedTest
  @EnumSource(SheetLanguage.class)
  void everyTypeSurvivesAUtf8RoundTrip(SheetLanguage language) throws IOException {
    roundTrip(language, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(SheetLanguage.class)
  void everyTypeSurvivesAWindows31jRoundTrip(SheetLanguage language) throws IOException {
    roundTrip(language, TextDecoding.WINDOWS_31J);
  }

  private static void roundTrip(SheetLanguage language, Charset charset) throws IOException {
    List<ExportedQuestion> questions = SampleQuestions.everyType();
    CsvQuestionWriter writer = new CsvQuestionWriter(language, charset);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<ExportLoss> losses = writer.write(questions, out);
    ImportReport report = read(out.toByteArray(), ImportOptions.defaults());

    RoundTrips.assertReadBackEqual(questions, losses, report);
    assertThat(report.questions())
        .extracting(ImportedQuestion::line)
        .containsExactlyElementsOf(IntStream.rangeClosed(2, questions.size() + 1).boxed().toList());
  }

  @Test
  void writesUtf8WithByteOrderMarkByDefault() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new CsvQuestionWriter().write(SampleQuestions.everyType(), out);

    byte[] bytes = out.toByteArray();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).isEqualTo(TextDecoding.utf8Bom());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("種類,カテゴリ,問題名,問題文,正解");
  }

  @Test
  void readsWindows31jWrittenByExcelWhetherDetectedOrGivenOrCalledShiftJis() throws IOException {
    byte[] csv =
        ("種類,問題文,選択肢1,選択肢2,正解,作成者\r\n" + "単一選択,\"" + MS932_TEXT + "\",第Ⅲ種,第Ⅱ種,1,髙橋\r\n")
            .getBytes(TextDecoding.WINDOWS_31J);
    assertThat(new String(csv, Charset.forName("Shift_JIS"))).doesNotContain("髙橋");

    for (Optional<Charset> charset :
        List.of(
            Optional.<Charset>empty(),
            Optional.of(TextDecoding.WINDOWS_31J),
            Optional.of(Charset.forName("Shift_JIS")))) {
      ImportReport report = read(csv, new ImportOptions(charset, List.of(), ImportLimits.DEFAULT));

      assertThat(report.problems()).isEmpty();
      ImportedQuestion question = report.questions().get(0);
      assertThat(question.content().stem().text()).isEqualTo(MS932_TEXT);
      assertThat(question.metadata().author()).contains("髙橋");
      QuestionBody.Choices body = (QuestionBody.Choices) question.content().body();
      assertThat(body.choices().get(0).text().text()).isEqualTo("第Ⅲ種");
    }
  }

  /**
   * ㎥ (U+33A5) is in neither Shift_JIS nor Windows-31J, so no Shift_JIS CSV can carry it: UTF-8
   * keeps it, and writing Windows-31J lists it as a loss.
   */
  @Test
  void keepsCubicMetreSignInUtf8AndListsItAsLostInWindows31j() throws IOException {
    assertThat(TextDecoding.WINDOWS_31J.newEncoder().canEncode("㎥")).isFalse();
    byte[] utf8 = ("種類,問題文\n説明文,\"" + CUBIC_METRES + "\"\n").getBytes(StandardCharsets.UTF_8);

    ImportReport report = read(utf8, ImportOptions.defaults());
    List<ExportLoss> losses =
        new CsvQuestionWriter(SheetLanguage.JAPANESE, TextDecoding.WINDOWS_31J)
            .losses(List.of(asExport(report.questions().get(0))));

    assertThat(report.questions().get(0).content().stem().text()).isEqualTo(CUBIC_METRES);
    assertThat(losses)
        .extracting(ExportLoss::arguments)
        .containsExactly(List.of("問題名", "㎥", "windows-31j"), List.of("問題文", "㎥", "windows-31j"));
  }

  private static ExportedQuestion asExport(ImportedQuestion question) {
    return new ExportedQuestion(question.content(), question.metadata(), List.of());
  }

  @Test
  void listsCharactersWindows31jCannotHoldInsteadOfHidingThem() throws IOException {
    ExportedQuestion question = SampleQuestions.everyType().get(0);
    ExportedQuestion withRareKanji =
        new ExportedQuestion(
            question.content(), question.metadata().withTags(List.of("𠮷野家", "塩素")), List.of());
    CsvQuestionWriter writer =
        new CsvQuestionWriter(SheetLanguage.JAPANESE, TextDecoding.WINDOWS_31J);

    List<ExportLoss> losses = writer.write(List.of(withRareKanji), new ByteArrayOutputStream());

    assertThat(losses)
        .containsExactly(
            ExportLoss.of(
                question.content().name(), "sheet.notInCharset", "タグ", "𠮷", "windows-31j"));
  }

  @Test
  void refusesBytesThatAreNotInTheGivenCharset() throws IOException {
    byte[] csv = "種類,問題文\r\n正誤,髙橋\r\n".getBytes(TextDecoding.WINDOWS_31J);
    ImportOptions utf8 =
        new ImportOptions(Optional.of(StandardCharsets.UTF_8), List.of(), ImportLimits.DEFAULT);

    ImportReport report = read(csv, utf8);

    assertThat(report.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("question.import.error.badEncoding");
  }

  @Test
  void namesTheExcelRowAndValueOfAnUnknownType() throws IOException {
    String csv = "Type,Question text,Choice 1\n\"Single choice\",\"a\nb\",x\n選択問題,本文,x\n";

    ImportReport report = read(csv.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());

    assertThat(report.problems())
        .containsExactly(
            ImportProblem.inQuestion(2, "a b", "sheet.tooFewChoices", "2"),
            ImportProblem.inQuestion(3, "本文", "sheet.unknownType", "3", "選択問題"));
  }

  @Test
  void refusesFilesOverTheSizeLimitAndTooManyRows() throws IOException {
    byte[] csv = "種類,問題文\n説明文,一\n説明文,二\n説明文,三\n".getBytes(StandardCharsets.UTF_8);

    ImportReport tooBig = read(csv, withLimits(new ImportLimits(10, 100, 1000, 0.01)));
    ImportReport tooMany = read(csv, withLimits(new ImportLimits(1000, 2, 1000, 0.01)));

    assertThat(tooBig.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("question.import.error.tooLarge");
    assertThat(tooMany.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("question.import.error.tooManyQuestions");
  }

  private static ImportOptions withLimits(ImportLimits limits) {
    return new ImportOptions(Optional.empty(), List.of(), limits);
  }

  private static ImportReport read(byte[] bytes, ImportOptions options) throws IOException {
    return new CsvQuestionReader().read(new ByteArrayInputStream(bytes), options);
  }
}
