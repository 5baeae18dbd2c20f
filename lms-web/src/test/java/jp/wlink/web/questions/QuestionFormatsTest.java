package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.wlink.question.format.QuestionFileFormat;
import jp.wlink.question.format.TextDecoding;
import jp.wlink.question.format.sheet.SheetLanguage;
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
  void writesJapaneseCsvInTheCharsetJapaneseExcelOpens() {
    assertThat(QuestionFormats.csvCharset(SheetLanguage.JAPANESE))
        .isEqualTo(TextDecoding.WINDOWS_31J);
    assertThat(QuestionFormats.csvCharset(SheetLanguage.of(Locale.ENGLISH)))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void namesDownloadsSoThatJapaneseSurvives() {
    String header = Downloads.attachment("問題テンプレート.xlsx");

    assertThat(header).startsWith("attachment; filename=\"").contains(".xlsx\"");
    assertThat(header).contains("filename*=UTF-8''%E5%95%8F");
  }
}
