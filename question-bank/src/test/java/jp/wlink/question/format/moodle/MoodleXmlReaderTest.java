package jp.wlink.question.format.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import org.junit.jupiter.api.Test;

class MoodleXmlReaderTest {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  @Test
  void refusesBillionLaughsWithoutExpandingAnything() throws IOException {
    StringBuilder xml = new StringBuilder(HEAD + "<!DOCTYPE quiz [\n<!ENTITY a \"ha\">\n");
    for (int i = 1; i < 10; i++) {
      char prev = (char) ('a' + i - 1);
      xml.append("<!ENTITY ").append((char) ('a' + i)).append(" \"");
      xml.append(("&" + prev + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<quiz><question type=\"description\"><name><text>&j;</text></name>")
        .append("</question></quiz>");

    ImportReport report = read(xml.toString());

    assertThat(report.questions()).isEmpty();
    assertThat(keys(report)).containsExactly("question.import.error.xml.doctype");
  }

  @Test
  void refusesExternalEntityWithoutReadingTheFile() throws IOException {
    String xml =
        HEAD
            + "<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<quiz><question type=\"description\"><name><text>&xxe;</text></name>"
            + "<questiontext format=\"html\"><text>&xxe;</text></questiontext></question></quiz>";

    ImportReport report = read(xml);

    assertThat(report.questions()).isEmpty();
    assertThat(keys(report)).containsExactly("question.import.error.xml.doctype");
  }

  @Test
  void reportsMalformedXmlWithItsLine() throws IOException {
    ImportReport report = read(HEAD + "<quiz>\n<question type=\"essay\">\n<name>\n</quiz>");

    assertThat(report.problems()).hasSize(1);
    assertThat(report.problems().get(0).messageKey())
        .isEqualTo("question.import.error.xml.malformed");
    assertThat(report.problems().get(0).line()).isEqualTo(5);
  }

  @Test
  void refusesAFileOverTheSizeLimitWithoutReadingItAll() throws IOException {
    ImportLimits limits = new ImportLimits(1024, 10, 0, 0);
    CountingStream endless = new CountingStream();

    ImportReport report =
        new MoodleXmlReader().read(endless, new ImportOptions(Optional.empty(), List.of(), limits));

    assertThat(keys(report)).containsExactly("question.import.error.tooLarge");
    assertThat(endless.served).isLessThan(64 * 1024);
  }

  @Test
  void refusesMoreQuestionsThanTheLimit() throws IOException {
    String question = "<question type=\"description\"><name><text>説明</text></name></question>";
    ImportLimits limits = new ImportLimits(1 << 20, 2, 0, 0);

    ImportReport report =
        new MoodleXmlReader()
            .read(
                stream(HEAD + "<quiz>" + question.repeat(3) + "</quiz>"),
                new ImportOptions(Optional.empty(), List.of(), limits));

    assertThat(keys(report)).containsExactly("question.import.error.tooManyQuestions");
  }

  @Test
  void namesTheQuestionAndTypeItCannotHold() throws IOException {
    ImportReport report =
        read(
            HEAD
                + "<quiz>\n\n<question type=\"calculated\"><name><text>計算</text></name>"
                + "</question></quiz>");

    ImportProblem problem = report.problems().get(0);
    assertThat(problem.messageKey()).isEqualTo("question.import.error.unsupportedType");
    assertThat(problem.questionName()).contains("計算");
    assertThat(problem.arguments()).containsExactly("calculated");
    assertThat(problem.line()).isEqualTo(4);
  }

  @Test
  void removesScriptFromEveryFormat() throws IOException {
    String attack = "危険&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;";
    for (String format : List.of("html", "plain_text", "markdown", "moodle_auto_format")) {
      ImportReport report =
          read(
              HEAD
                  + "<quiz><question type=\"description\"><name><text>d</text></name>"
                  + "<questiontext format=\""
                  + format
                  + "\"><text>"
                  + attack
                  + "</text>"
                  + "</questiontext></question></quiz>");

      String stem = report.questions().get(0).content().stem().text();
      assertThat(stem).as(format).contains("危険").doesNotContain("<script", "onerror");
    }
  }

  @Test
  void readsClozeShortFormsAndWeights() throws IOException {
    String text = "{2:SA:=東京#正解~%50%とうきょう} と {:MCV:=A~B} と {:NM:=3:0.1}";
    ImportReport report =
        read(
            HEAD
                + "<quiz><question type=\"cloze\"><name><text>c</text></name>"
                + "<questiontext format=\"html\"><text><![CDATA[<p>"
                + text
                + "</p>]]></text>"
                + "</questiontext></question></quiz>");

    var content = report.questions().get(0).content();
    var gaps = ((QuestionBody.Cloze) content.body()).gaps();
    assertThat(content.type()).isEqualTo(QuestionType.CLOZE);
    assertThat(content.stem().text()).isEqualTo("<p>{#1} と {#2} と {#3}</p>");
    assertThat(gaps)
        .extracting(ClozeGap::kind, ClozeGap::weight)
        .containsExactly(
            tuple(ClozeGap.Kind.SHORT_ANSWER, 2),
            tuple(ClozeGap.Kind.MULTICHOICE_VERTICAL, 1),
            tuple(ClozeGap.Kind.NUMERICAL, 1));
    assertThat(gaps.get(0).answers().get(1).fraction()).isEqualTo(0.5);
    assertThat(gaps.get(0).answers().get(0).feedback()).isEqualTo("正解");
    assertThat(gaps.get(2).answers().get(0).tolerance()).isEqualByComparingTo("0.1");
  }

  private static ImportReport read(String xml) throws IOException {
    return new MoodleXmlReader().read(stream(xml), ImportOptions.defaults());
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> keys(ImportReport report) {
    return report.problems().stream().map(ImportProblem::messageKey).toList();
  }

  /** A stream that never ends, counting what it served. */
  private static final class CountingStream extends InputStream {
    private long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }
  }
}
