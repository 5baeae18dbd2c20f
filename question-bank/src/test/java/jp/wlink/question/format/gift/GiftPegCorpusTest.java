package jp.wlink.question.format.gift;

import static jp.wlink.question.format.gift.PegJson.actual;
import static jp.wlink.question.format.gift.PegJson.expectedText;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.CorpusFiles;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.format.moodle.MoodleCategories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GIFT fixture of the GIFT-grammar-PEG.js project imports without problems and gives what its
 * paired JSON describes: type, title, id, tags, category, stem, general feedback and each answer's
 * text, fraction and feedback.
 */
class GiftPegCorpusTest {
  static Stream<Path> fixtures() throws IOException {
    return CorpusFiles.files("gift-peg-fixtures", ".gift").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void importsAsItsJsonDescribes(Path gift) throws IOException {
    List<JsonObject> expected = expectations(gift);
    boolean endsWithCategory = !expected.isEmpty() && isCategory(expected.get(expected.size() - 1));
    // A category alone names no question; a probe after it shows where questions would go.
    String probe = endsWithCategory ? "\n\nProbe?{}\n" : "";

    ImportReport report = read(Files.readString(gift) + probe);

    assertThat(report.problems()).isEmpty();
    List<ImportedQuestion> questions = report.questions();
    List<String> category = List.of();
    int index = 0;
    for (JsonObject entry : expected) {
      if (isCategory(entry)) {
        category = MoodleCategories.parse(entry.getString("title"));
        continue;
      }
      assertThat(questions).as("questions").hasSizeGreaterThan(index);
      assertQuestion(entry, questions.get(index++), category);
    }
    if (endsWithCategory) {
      assertThat(questions.get(index++).metadata().categoryPath()).isEqualTo(category);
    }
    assertThat(questions).hasSize(index);
  }

  private static ImportReport read(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new GiftReader().read(new ByteArrayInputStream(bytes), ImportOptions.defaults());
  }

  private static List<JsonObject> expectations(Path gift) throws IOException {
    Path json = gift.resolveSibling(gift.getFileName().toString().replace(".gift", ".json"));
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(json))) {
      JsonArray array = reader.readArray();
      List<JsonObject> entries = new ArrayList<>();
      for (JsonValue value : array) {
        entries.add(value.asJsonObject());
      }
      return entries;
    }
  }

  private static boolean isCategory(JsonObject entry) {
    return "Category".equals(entry.getString("type"));
  }

  private static void assertQuestion(
      JsonObject entry, ImportedQuestion question, List<String> category) {
    var content = question.content();
    String label = entry.getString("type") + " at line " + question.line();
    assertThat(content.type()).as(label).isIn(types(entry.getString("type")));
    if (!PegJson.isNull(entry, "title")) {
      assertThat(content.name()).as(label).isEqualTo(entry.getString("title"));
    }
    assertThat(question.metadata().idNumber())
        .as(label)
        .isEqualTo(Optional.ofNullable(PegJson.string(entry, "id")));
    assertThat(question.metadata().tags()).as(label).isEqualTo(tags(entry));
    assertThat(question.metadata().categoryPath()).as(label).isEqualTo(category);
    assertThat(actual(content.stem())).as(label).isEqualTo(expectedText(entry, "stem"));
    assertThat(content.stem().format()).as(label).isEqualTo(PegJson.expectedFormat(entry, "stem"));
    assertThat(actual(content.generalFeedback()))
        .as(label)
        .isEqualTo(expectedText(entry, "globalFeedback"));
    PegBodyAssertions.assertBody(entry, content.body(), label);
  }

  private static List<QuestionType> types(String pegType) {
    return switch (pegType) {
      case "MC" -> List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE);
      case "TF" -> List.of(QuestionType.TRUE_FALSE);
      case "Short" -> List.of(QuestionType.SHORT_ANSWER);
      case "Numerical" -> List.of(QuestionType.NUMERICAL);
      case "Matching" -> List.of(QuestionType.MATCHING);
      case "Essay" -> List.of(QuestionType.ESSAY);
      case "Description" -> List.of(QuestionType.DESCRIPTION);
      default -> throw new AssertionError("unknown PEG type " + pegType);
    };
  }

  private static List<String> tags(JsonObject entry) {
    if (PegJson.isNull(entry, "tags")) {
      return List.of();
    }
    return entry.getJsonArray("tags").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
