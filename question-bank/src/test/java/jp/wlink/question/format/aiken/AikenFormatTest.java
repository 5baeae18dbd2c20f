package jp.wlink.question.format.aiken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import org.junit.jupiter.api.Test;

class AikenFormatTest {
  private static final String TWO_QUESTIONS =
      "活性汚泥法で有機物を分解するのは？\n"
          + "A. 好気性微生物\n"
          + "B) 凝集剤\n"
          + "ANSWER: A\n"
          + "\n"
          + "残留塩素の基準は\n"
          + "給水栓で何 mg/L 以上か。\n"
          + "Ａ．0.1\n"
          + "Ｂ．1.0\n"
          + "ａｎｓｗｅｒ： Ｂ\n";

  @Test
  void readsStemsOverSeveralLinesAndFullWidthMarkers() throws IOException {
    ImportReport report = read(TWO_QUESTIONS, ImportOptions.defaults());

    assertThat(report.problems()).isEmpty();
    assertThat(report.questions()).extracting(q -> q.line()).containsExactly(1, 6);
    QuestionContent second = report.questions().get(1).content();
    assertThat(second.stem().text()).isEqualTo("残留塩素の基準は\n給水栓で何 mg/L 以上か。");
    QuestionBody.Choices choices = (QuestionBody.Choices) second.body();
    assertThat(choices.choices()).extracting(Choice::fraction).containsExactly(0.0, 1.0);
    assertThat(choices.choices().get(0).text()).isEqualTo(RichText.plain("0.1"));
  }

  @Test
  void namesTheLineOfEveryProblem() throws IOException {
    String file =
        "問1\nA. 一\nB. 二\nANSWER: C\n"
            + "問2\nA. 一\nC. 二\nANSWER: A\n"
            + "問3\nA. 一\nB. 二\n"
            + "問4\nA. 一\nANSWER: A\n"
            + "ANSWER: B\n";

    ImportReport report = read(file, ImportOptions.defaults());

    assertThat(report.questions()).extracting(q -> q.line()).containsExactly(5);
    assertThat(report.problems())
        .containsExactly(
            ImportProblem.at(4, "aiken.unknownAnswer", "4", "C"),
            ImportProblem.at(7, "aiken.optionOrder", "7", "C", "B"),
            ImportProblem.at(9, "aiken.missingAnswer", "9"),
            ImportProblem.at(12, "aiken.tooFewOptions", "12"),
            ImportProblem.at(15, "aiken.unexpectedAnswer", "15"));
  }

  @Test
  void readsWindows31jWhenTheBytesAreNotUtf8() throws IOException {
    String file = "第Ⅲ種の担当は？\nA. 髙橋\nB. 高橋\nANSWER: A\n";
    Charset ms932 = Charset.forName("windows-31j");

    ImportReport report =
        new AikenReader().read(new ByteArrayInputStream(file.getBytes(ms932)), options());

    assertThat(report.problems()).isEmpty();
    assertThat(report.questions().get(0).content().name()).isEqualTo("第Ⅲ種の担当は？");
  }

  @Test
  void writesAndReadsBackAPlainSingleChoiceQuestion() throws IOException {
    ExportedQuestion question = plain("次亜塩素酸ナトリウムの保管場所として適切なのは？");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<ExportLoss> losses = new AikenWriter().write(List.of(question), out);
    ImportReport report = read(out.toString(StandardCharsets.UTF_8), ImportOptions.defaults());

    assertThat(losses).isEmpty();
    assertThat(report.questions().get(0).content()).isEqualTo(question.content());
    assertThat(report.questions().get(0).metadata()).isEqualTo(question.metadata());
  }

  @Test
  void listsWhatAikenCannotSayAndLeavesOutOtherTypes() throws IOException {
    ExportedQuestion plain = plain("保管場所は？");
    List<ExportedQuestion> questions =
        List.of(
            new ExportedQuestion(
                richContent(), plain.metadata().withTags(List.of("塩素")), List.of()),
            new ExportedQuestion(essay(), plain.metadata(), List.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    List<ExportLoss> losses = new AikenWriter().write(questions, out);

    assertThat(losses)
        .extracting(l -> l.questionName() + " " + l.messageKey().substring(21))
        .containsExactly(
            "保管 aiken.feedback",
            "保管 aiken.explanation",
            "保管 aiken.partialCredit",
            "保管 aiken.formatting",
            "保管 aiken.name",
            "保管 aiken.marks",
            "保管 aiken.shuffle",
            "保管 aiken.metadata",
            "記述 aiken.notSingleChoice");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("保管場所は？\nA. 冷暗所\nB. 屋外\nANSWER: A\n\n");
  }

  @Test
  void refusesTooManyQuestions() throws IOException {
    ImportOptions oneOnly =
        new ImportOptions(Optional.empty(), List.of(), new ImportLimits(1 << 20, 1, 1 << 20, 0.01));

    ImportReport report = read(TWO_QUESTIONS, oneOnly);

    assertThat(report.problems()).containsExactly(ImportProblem.at(0, "tooManyQuestions", "1"));
  }

  private static QuestionContent richContent() {
    return new QuestionContent(
        QuestionType.SINGLE_CHOICE,
        "保管",
        RichText.html("<p><b>保管場所</b>は？</p>"),
        RichText.plain("全体"),
        RichText.plain("解説"),
        new BigDecimal("2"),
        AikenReader.PENALTY,
        new QuestionBody.Choices(
            List.of(
                new Choice(RichText.plain("冷暗所"), 1.0, RichText.plain("正解")),
                new Choice(RichText.plain("屋外"), -0.5, RichText.EMPTY)),
            false));
  }

  private static QuestionContent essay() {
    return new QuestionContent(
        QuestionType.ESSAY,
        "記述",
        RichText.plain("説明せよ"),
        RichText.EMPTY,
        RichText.EMPTY,
        BigDecimal.ONE,
        BigDecimal.ZERO,
        new QuestionBody.Essay(RichText.EMPTY, RichText.EMPTY, 15));
  }

  private static ExportedQuestion plain(String stem) {
    QuestionContent content =
        new QuestionContent(
            QuestionType.SINGLE_CHOICE,
            AikenReader.name(stem),
            RichText.plain(stem),
            RichText.EMPTY,
            RichText.EMPTY,
            BigDecimal.ONE,
            AikenReader.PENALTY,
            new QuestionBody.Choices(
                List.of(
                    new Choice(RichText.plain("直射日光の当たらない冷暗所"), 1.0, RichText.EMPTY),
                    new Choice(RichText.plain("屋外の日なた"), 0.0, RichText.EMPTY)),
                true));
    return new ExportedQuestion(content, QuestionMetadata.inCategory(List.of()), List.of());
  }

  private static ImportOptions options() {
    return ImportOptions.defaults();
  }

  private static ImportReport read(String text, ImportOptions options) throws IOException {
    return new AikenReader()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options);
  }
}
