package jp.wlink.question.format.moodle;

import static jp.wlink.question.format.SampleQuestions.content;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.EmbeddedFile;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.format.SampleQuestions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** All ten types, with every metadata field and an image, read back equal from Moodle XML. */
class MoodleXmlRoundTripTest {
  private static final List<NumericUnit> UNITS =
      List.of(
          new NumericUnit("㎥/日", BigDecimal.ONE), new NumericUnit("L/日", new BigDecimal("0.001")));

  static Stream<QuestionContent> everyType() {
    QuestionContent cloze = content(QuestionType.CLOZE, "穴埋め", SampleQuestions.cloze());
    return Stream.of(
        richer(content(QuestionType.SINGLE_CHOICE, "単一選択", SampleQuestions.singleChoice())),
        content(QuestionType.MULTIPLE_RESPONSE, "複数選択", SampleQuestions.multipleResponse()),
        content(QuestionType.TRUE_FALSE, "正誤", SampleQuestions.trueFalse()),
        content(QuestionType.SHORT_ANSWER, "記述", SampleQuestions.shortAnswer()),
        richer(content(QuestionType.NUMERICAL, "数値", SampleQuestions.numerical(UNITS))),
        content(QuestionType.MATCHING, "組合せ", SampleQuestions.matching()),
        content(QuestionType.ORDERING, "並べ替え", SampleQuestions.ordering()),
        withStem(cloze, SampleQuestions.clozeStem()),
        content(QuestionType.ESSAY, "論述", SampleQuestions.essay(true)),
        content(QuestionType.DESCRIPTION, "説明", new QuestionBody.Description()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void readsBackWhatItWrote(QuestionContent content) throws IOException {
    EmbeddedFile image = new EmbeddedFile("pump.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    ExportedQuestion question =
        new ExportedQuestion(content, SampleQuestions.fullMetadata(), List.of(image));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new MoodleXmlWriter().write(List.of(question), out);
    ImportReport report =
        new MoodleXmlReader()
            .read(new ByteArrayInputStream(out.toByteArray()), ImportOptions.defaults());

    assertThat(report.problems()).isEmpty();
    assertThat(report.questions()).hasSize(1);
    ImportedQuestion read = report.questions().get(0);
    assertThat(read.content()).isEqualTo(content);
    assertThat(read.metadata()).isEqualTo(question.metadata());
    assertThat(read.files()).hasSize(1);
    assertThat(read.files().get(0).name()).isEqualTo("pump.png");
    assertThat(read.files().get(0).bytes()).isEqualTo(image.bytes());
  }

  /** Explanation, mark, penalty and an image reference: what GIFT cannot carry. */
  private static QuestionContent richer(QuestionContent content) {
    RichText stem =
        RichText.html(
            content.stem().text().replace("</p>", "<img src=\"@@PLUGINFILE@@/pump.png\"></p>"));
    return new QuestionContent(
        content.type(),
        content.name(),
        stem,
        content.generalFeedback(),
        RichText.html("<p>解説: 計画汚水量は日最大で考えます。</p>"),
        new BigDecimal("2.5"),
        new BigDecimal("0.1"),
        content.body());
  }

  private static QuestionContent withStem(QuestionContent content, RichText stem) {
    return new QuestionContent(
        content.type(),
        content.name(),
        stem,
        content.generalFeedback(),
        content.explanation(),
        content.defaultMark(),
        content.penalty(),
        content.body());
  }
}
