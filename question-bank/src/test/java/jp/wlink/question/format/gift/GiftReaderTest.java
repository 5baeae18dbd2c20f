package jp.wlink.question.format.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.TextDecoding;
import org.junit.jupiter.api.Test;

class GiftReaderTest {
  @Test
  void reportsEveryBrokenQuestionWithTheLineItStartsOn() throws IOException {
    String gift =
        "// 最初の問題\n"
            + "::正常::処理方式は?{=標準活性汚泥法}\n"
            + "\n"
            + "::閉じ忘れ::\n"
            + "沈砂池の役割は?{=砂の除去\n"
            + "\n"
            + "::重み::誤った重み {~%150%A =B}\n";

    ImportReport report = read(gift, StandardCharsets.UTF_8);

    assertThat(report.questions()).hasSize(1);
    assertThat(report.problems())
        .extracting(ImportProblem::line, p -> p.questionName().orElseThrow(), p -> p.messageKey())
        .containsExactly(
            tuple(4, "閉じ忘れ", "question.import.error.gift.unclosedAnswerBlock"),
            tuple(7, "重み", "question.import.error.gift.invalidWeight"));
  }

  @Test
  void readsEscapedControlCharactersLiterally() throws IOException {
    String gift = "::a\\:b::式 1 \\= 1 \\{真\\} \\#1 \\~ \\\\ は?{=\\= 2 #\\# 注 ~ \\~ x}";

    ImportReport report = read(gift, StandardCharsets.UTF_8);

    var content = report.questions().get(0).content();
    List<Choice> choices = ((QuestionBody.Choices) content.body()).choices();
    assertThat(content.name()).isEqualTo("a:b");
    assertThat(content.stem().text()).isEqualTo("式 1 = 1 {真} #1 ~ \\ は?");
    assertThat(choices.get(0).text().text()).isEqualTo("= 2");
    assertThat(choices.get(0).feedback().text()).isEqualTo("# 注");
    assertThat(choices.get(1).text().text()).isEqualTo("~ x");
  }

  @Test
  void decodesWindows31jWhenTheFileIsNotUtf8() throws IOException {
    String gift = "$CATEGORY: $course$/top/第Ⅲ種\n\n::髙橋::処理能力 50,000㎡/日 は正しい?{T}";

    ImportReport report = read(gift, TextDecoding.WINDOWS_31J);

    var question = report.questions().get(0);
    assertThat(question.content().name()).isEqualTo("髙橋");
    assertThat(question.content().stem().text()).isEqualTo("処理能力 50,000㎡/日 は正しい?");
    assertThat(question.metadata().categoryPath()).containsExactly("第Ⅲ種");
  }

  @Test
  void readsNumericalRangesTolerancesAndWeights() throws IOException {
    ImportReport report = read("流量は?{#=49000..51000 =%50%-3:0.5#近い}", StandardCharsets.UTF_8);

    var body = (QuestionBody.Numerical) report.questions().get(0).content().body();
    assertThat(body.answers().get(0).value()).isEqualByComparingTo("50000");
    assertThat(body.answers().get(0).tolerance()).isEqualByComparingTo("1000");
    assertThat(body.answers().get(1).value()).isEqualByComparingTo("-3");
    assertThat(body.answers().get(1).fraction()).isEqualTo(0.5);
    assertThat(body.answers().get(1).feedback().text()).isEqualTo("近い");
  }

  @Test
  void removesScriptFromEveryFormat() throws IOException {
    String attack = "危険<script>alert(1)</script><img src=x onerror=alert(2)>";
    for (String marker : List.of("[html]", "[plain]", "[markdown]", "[moodle]", "")) {
      ImportReport report = read(marker + attack + "{~" + attack + " =正解}", StandardCharsets.UTF_8);

      var content = report.questions().get(0).content();
      var choices = ((QuestionBody.Choices) content.body()).choices();
      assertThat(content.stem().text()).as(marker).contains("危険").doesNotContain("<script");
      assertThat(content.stem().text()).as(marker).doesNotContain("onerror");
      assertThat(choices.get(0).text().text()).as(marker).doesNotContain("<script", "onerror");
    }
  }

  @Test
  void neutralisesScriptLinksInMarkdown() throws IOException {
    ImportReport report = read("[markdown][押す](javascript:alert(1))", StandardCharsets.UTF_8);

    var stem = report.questions().get(0).content().stem();
    assertThat(stem.format()).isEqualTo(TextFormat.MARKDOWN);
    assertThat(stem.text()).doesNotContainIgnoringCase("javascript:");
    assertThat(report.questions().get(0).content().type()).isEqualTo(QuestionType.DESCRIPTION);
  }

  @Test
  void refusesMoreQuestionsThanTheLimit() throws IOException {
    var limits = new ImportLimits(1 << 20, 1, 0, 0);
    var options = new ImportOptions(Optional.empty(), List.of(), limits);

    ImportReport report =
        new GiftReader()
            .read(
                new ByteArrayInputStream("A{T}\n\nB{F}".getBytes(StandardCharsets.UTF_8)), options);

    assertThat(report.problems())
        .extracting(ImportProblem::messageKey)
        .containsExactly("question.import.error.tooManyQuestions");
  }

  private static ImportReport read(String gift, Charset charset) throws IOException {
    return new GiftReader()
        .read(new ByteArrayInputStream(gift.getBytes(charset)), ImportOptions.defaults());
  }
}
