package jp.wlink.question.format.gift;

import static jp.wlink.question.format.SampleQuestions.content;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.wlink.question.content.NumericUnit;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.EmbeddedFile;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.SampleQuestions;
import org.junit.jupiter.api.Test;

class GiftWriterTest {
  @Test
  void leavesOutOrderingAndClozeAndSaysSo() throws IOException {
    ExportedQuestion ordering =
        exported(content(QuestionType.ORDERING, "並べ替え", SampleQuestions.ordering()));
    ExportedQuestion cloze = exported(content(QuestionType.CLOZE, "穴埋め", SampleQuestions.cloze()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<ExportLoss> losses = new GiftWriter().write(List.of(ordering, cloze), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("並べ替え", "穴埋め");
    assertThat(losses)
        .extracting(ExportLoss::messageKey)
        .containsExactly(
            "question.export.loss.gift.typeNotSupported",
            "question.export.loss.gift.typeNotSupported");
  }

  @Test
  void listsWhatGiftCannotCarry() {
    QuestionContent plain =
        content(QuestionType.NUMERICAL, "数値", SampleQuestions.numerical(List.of()));
    QuestionContent rich =
        new QuestionContent(
            plain.type(),
            plain.name(),
            plain.stem(),
            plain.generalFeedback(),
            RichText.html("<p>解説</p>"),
            new BigDecimal("2"),
            new BigDecimal("0.1"),
            SampleQuestions.numerical(List.of(new NumericUnit("㎥", BigDecimal.ONE))));
    ExportedQuestion question =
        new ExportedQuestion(
            rich,
            SampleQuestions.fullMetadata(),
            List.of(new EmbeddedFile("pump.png", new byte[] {1})));

    List<ExportLoss> losses = new GiftWriter().losses(List.of(question));

    assertThat(losses)
        .extracting(ExportLoss::messageKey)
        .containsExactlyInAnyOrder(
            "question.export.loss.gift.explanation",
            "question.export.loss.gift.defaultMark",
            "question.export.loss.gift.penalty",
            "question.export.loss.gift.files",
            "question.export.loss.gift.units",
            "question.export.loss.gift.metadata");
  }

  @Test
  void writesCategoryIdAndTagsAsMoodleReadsThem() throws IOException {
    ExportedQuestion question =
        exported(content(QuestionType.TRUE_FALSE, "正誤", SampleQuestions.trueFalse()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new GiftWriter().write(List.of(question), out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("$CATEGORY: $course$/top/下水道技術検定/第3種\n\n// [id:Q-001] [tag:法規]\n::正誤::");
  }

  private static ExportedQuestion exported(QuestionContent content) {
    return new ExportedQuestion(content, SampleQuestions.simpleMetadata(), List.of());
  }
}
