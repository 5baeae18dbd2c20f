package jp.wlink.question.format.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.CorpusFiles;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Moodle XML that TU Berlin's moodle-tools generates imports with the types the bank maps
 * Moodle's to. Its two STACK files need the STACK plugin and a computer algebra system, which the
 * bank does not have: they must be refused, naming the question and the type.
 */
class TuBerlinCorpusTest {
  private static final Map<String, List<QuestionType>> EXPECTED =
      Map.ofEntries(
          Map.entry("clozeRef.xml", repeat(QuestionType.CLOZE, 5)),
          Map.entry("description.xml", List.of(QuestionType.DESCRIPTION)),
          Map.entry("dragdrop_missing-wordsRef.xml", repeat(QuestionType.CLOZE, 2)),
          Map.entry("essayRef.xml", repeat(QuestionType.ESSAY, 2)),
          Map.entry("markdownRef.xml", List.of(QuestionType.SINGLE_CHOICE)),
          Map.entry("matchingRef.xml", repeat(QuestionType.MATCHING, 2)),
          Map.entry("missing-wordsRef.xml", repeat(QuestionType.CLOZE, 6)),
          Map.entry("multiple-choiceRef.xml", repeat(QuestionType.SINGLE_CHOICE, 2)),
          Map.entry("multiple-true-falseRef.xml", repeat(QuestionType.CLOZE, 3)),
          Map.entry("numericalRef.xml", repeat(QuestionType.NUMERICAL, 2)),
          Map.entry("orderingRef.xml", repeat(QuestionType.ORDERING, 2)),
          Map.entry("shortanswerRef.xml", repeat(QuestionType.SHORT_ANSWER, 3)),
          Map.entry("true-falseRef.xml", repeat(QuestionType.TRUE_FALSE, 3)));

  private static final List<String> STACK =
      List.of("diff_set_equalityRef.xml", "exact_set_equalityRef.xml");

  static Stream<Path> files() throws IOException {
    return CorpusFiles.files("moodle-xml-tuberlin", ".xml").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void importsWithTheMappedTypes(Path file) throws IOException {
    String name = file.getFileName().toString();

    ImportReport report = CorpusFiles.read(new MoodleXmlReader(), file);

    if (STACK.contains(name)) {
      assertThat(report.problems()).hasSize(1);
      ImportProblem problem = report.problems().get(0);
      assertThat(problem.messageKey()).isEqualTo("question.import.error.unsupportedType");
      assertThat(problem.arguments()).containsExactly("stack");
      assertThat(problem.questionName()).isPresent();
      return;
    }
    assertThat(report.problems()).isEmpty();
    assertThat(report.questions().stream().map(q -> q.content().type()))
        .as(name)
        .containsExactlyElementsOf(EXPECTED.get(name));
  }

  private static List<QuestionType> repeat(QuestionType type, int times) {
    return Collections.nCopies(times, type);
  }
}
