package jp.wlink.question.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.gift.GiftReader;
import jp.wlink.question.format.moodle.MoodleXmlReader;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Moodle's own import fixtures: what Moodle accepts imports, what it refuses is refused clearly.
 */
class MoodleQformatCorpusTest {
  private static final String FOLDER = "moodle-qformat-fixtures";

  @Test
  void readsMoodlesGiftTestQuestions() throws IOException {
    ImportReport report = read(new GiftReader(), "gift_questions.gift.txt");

    assertThat(report.problems()).isEmpty();
    assertThat(report.questions().stream().map(q -> q.content().type()))
        .containsExactly(
            QuestionType.ESSAY,
            QuestionType.MATCHING,
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_RESPONSE,
            QuestionType.NUMERICAL,
            QuestionType.SHORT_ANSWER,
            QuestionType.TRUE_FALSE,
            QuestionType.TRUE_FALSE,
            QuestionType.TRUE_FALSE);
  }

  @Test
  void putsGiftQuestionsInTheirCategory() throws IOException {
    ImportReport report = read(new GiftReader(), "gift_questions_in_category.gift.txt");

    assertThat(report.problems()).isEmpty();
    assertThat(report.questions().stream().map(q -> q.content().type()))
        .containsExactly(
            QuestionType.MATCHING,
            QuestionType.SINGLE_CHOICE,
            QuestionType.SHORT_ANSWER,
            QuestionType.TRUE_FALSE);
    assertThat(report.questions())
        .allSatisfy(
            q ->
                assertThat(q.metadata().categoryPath())
                    .containsExactly("Default for New Features"));
  }

  @Test
  void readsNestedCategories() throws IOException {
    ImportReport report = read(new MoodleXmlReader(), "xml_nested_categories_with_questions.xml");

    assertThat(report.problems()).isEmpty();
    assertThat(report.questions().stream().map(q -> q.content().name()))
        .containsExactly(
            "Iota Question",
            "Kappa Essay Question",
            "Kappa Question",
            "Lambda Question",
            "Mu Question");
    assertThat(report.questions().stream().map(q -> q.metadata().categoryPath()))
        .containsExactly(
            List.of("Iota"),
            List.of("Iota", "Kappa"),
            List.of("Iota", "Kappa"),
            List.of("Iota", "Kappa", "Lambda"),
            List.of("Iota", "Mu"));
    assertThat(report.questions().get(1).content().type()).isEqualTo(QuestionType.ESSAY);
  }

  @Test
  void refusesEachBrokenClozeNamingIt() throws IOException {
    ImportReport report = read(new MoodleXmlReader(), "xml_broken_cloze_questions.xml");

    assertThat(report.questions()).isEmpty();
    assertThat(report.problems())
        .extracting(ImportProblem::line, p -> p.questionName().orElseThrow(), p -> p.messageKey())
        .containsExactly(
            tuple(4, "Multianswer question without subquestions", "cloze.noGaps"),
            tuple(20, "Multichoice subquestion without choices", "cloze.noGaps"),
            tuple(36, "Multichoice subquestion with only one choice", "cloze.tooFewChoices"),
            tuple(
                52,
                "Multichoice subquestion with no completely correct answer",
                "cloze.noCorrectAnswer"),
            tuple(68, "Numerical subquestion with buggy answer", "cloze.invalidNumber"));
  }

  private static Tuple tuple(int line, String name, String key) {
    return Tuple.tuple(line, name, ImportProblem.KEY_PREFIX + key);
  }

  private static ImportReport read(QuestionReader reader, String name) throws IOException {
    Path file = CorpusFiles.folder(FOLDER).resolve(name);
    return CorpusFiles.read(reader, file);
  }
}
