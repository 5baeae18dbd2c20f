package jp.wlink.question.format.gift;

import static jp.wlink.question.format.SampleQuestions.content;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.SampleQuestions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every type GIFT can express reads back equal after writing, metadata it carries included. */
class GiftRoundTripTest {
  static Stream<QuestionContent> expressible() {
    return Stream.of(
        content(QuestionType.SINGLE_CHOICE, "単一選択", SampleQuestions.singleChoice()),
        content(QuestionType.MULTIPLE_RESPONSE, "複数選択", SampleQuestions.multipleResponse()),
        content(QuestionType.TRUE_FALSE, "正誤", SampleQuestions.trueFalse()),
        content(QuestionType.SHORT_ANSWER, "記述", SampleQuestions.shortAnswer()),
        content(QuestionType.NUMERICAL, "数値", SampleQuestions.numerical(List.of())),
        content(QuestionType.MATCHING, "組合せ", SampleQuestions.matching()),
        content(QuestionType.ESSAY, "論述", SampleQuestions.essay(false)),
        content(QuestionType.DESCRIPTION, "説明", new QuestionBody.Description()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressible")
  void readsBackWhatItWrote(QuestionContent content) throws IOException {
    ExportedQuestion question =
        new ExportedQuestion(content, SampleQuestions.simpleMetadata(), List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    var losses = new GiftWriter().write(List.of(question), out);
    ImportReport report =
        new GiftReader()
            .read(new ByteArrayInputStream(out.toByteArray()), ImportOptions.defaults());

    assertThat(losses).isEmpty();
    assertThat(report.problems()).isEmpty();
    assertThat(report.questions()).hasSize(1);
    assertThat(report.questions().get(0).content()).isEqualTo(content);
    assertThat(report.questions().get(0).metadata()).isEqualTo(question.metadata());
  }
}
