package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.QuestionFileFormat;
import jp.wlink.question.format.TextDecoding;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.question.testing.SampleMetadata;
import org.junit.jupiter.api.Test;

class QuestionFormatsTest {
  @Test
  void tellsTheFormatFromTheExtensionWhateverItsCase() {
    assertThat(QuestionFormats.byFileName("下水道3種.XML")).hasValue(QuestionFileFormat.MOODLE_XML);
    assertThat(QuestionFormats.byFileName("問題.xlsx")).hasValue(QuestionFileFormat.XLSX);
    assertThat(QuestionFormats.byFileName("q.gift")).hasValue(QuestionFileFormat.GIFT);
    assertThat(QuestionFormats.byFileName("q.txt")).hasValue(QuestionFileFormat.AIKEN);
    assertThat(QuestionFormats.byFileName("q.csv")).hasValue(QuestionFileFormat.CSV);
  }

  @Test
  void knowsNoFormatForOtherNames() {
    assertThat(QuestionFormats.byFileName("q.docx")).isEmpty();
    assertThat(QuestionFormats.byFileName("questions")).isEmpty();
    assertThat(QuestionFormats.byFileName(null)).isEmpty();
  }

  @Test
  void writesCsvInTheCharsetTheAuthorChose() throws java.io.IOException {
    List<ExportedQuestion> questions =
        List.of(
            new ExportedQuestion(
                SampleContents.content(
                    QuestionType.DESCRIPTION, "水道の①", new QuestionBody.Description()),
                SampleMetadata.published(List.of("水道"), "SUIDO_3", "浄水", 3, "filtration"),
                List.of()));

    byte[] utf8 = csv(ExportCharset.UTF_8_BOM, questions);
    byte[] sjis = csv(ExportCharset.SHIFT_JIS, questions);

    assertThat(utf8).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(utf8, StandardCharsets.UTF_8)).contains("水道の①");
    assertThat(new String(sjis, TextDecoding.WINDOWS_31J)).contains("水道の①");
  }

  private static byte[] csv(ExportCharset charset, List<ExportedQuestion> questions)
      throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    QuestionFormats.writer(QuestionFileFormat.CSV, Locale.JAPANESE, charset).write(questions, out);
    return out.toByteArray();
  }

  @Test
  void namesDownloadsSoThatJapaneseSurvives() {
    String header = Downloads.attachment("問題テンプレート.xlsx");

    assertThat(header).startsWith("attachment; filename=\"").contains(".xlsx\"");
    assertThat(header).contains("filename*=UTF-8''%E5%95%8F");
  }
}
