package jp.wlink.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question's metadata in the API; absent values are null. */
@Schema(name = "QuestionMetadata")
@JsonbPropertyOrder({
  "categoryPath", "tags", "certification", "subject", "skills", "level",
  "source", "year", "author", "licence", "status", "idNumber"
})
public record QuestionMetadataView(
    List<String> categoryPath,
    List<String> tags,
    String certification,
    String subject,
    List<String> skills,
    int level,
    String source,
    Integer year,
    String author,
    String licence,
    QuestionStatus status,
    String idNumber) {

  static QuestionMetadataView of(QuestionMetadata metadata) {
    return new QuestionMetadataView(
        metadata.categoryPath(),
        metadata.tags(),
        metadata.certification().orElse(null),
        metadata.subject().orElse(null),
        metadata.skills(),
        metadata.level(),
        metadata.source().orElse(null),
        metadata.year().orElse(null),
        metadata.author().orElse(null),
        metadata.licence().orElse(null),
        metadata.status(),
        metadata.idNumber().orElse(null));
  }

  /**
   * The metadata a request body holds; a missing level is 1 and a missing status draft.
   *
   * @throws IllegalArgumentException if a value has the wrong type or is out of range
   */
  static QuestionMetadata read(JsonObject json) {
    try {
      return new QuestionMetadata(
          strings(json, "categoryPath"),
          strings(json, "tags"),
          text(json, "certification"),
          text(json, "subject"),
          strings(json, "skills"),
          json.getInt("level", QuestionMetadata.DEFAULT_LEVEL),
          text(json, "source"),
          json.containsKey("year") && !json.isNull("year")
              ? Optional.of(json.getInt("year"))
              : Optional.empty(),
          text(json, "author"),
          text(json, "licence"),
          text(json, "status").map(QuestionStatus::valueOf).orElse(QuestionStatus.DRAFT),
          text(json, "idNumber"));
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("metadata has a value of the wrong type", e);
    }
  }

  private static Optional<String> text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    String text = ((JsonString) value).getString();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static List<String> strings(JsonObject json, String name) {
    if (!json.containsKey(name) || json.isNull(name)) {
      return List.of();
    }
    return json.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
