package jp.wlink.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import jp.wlink.question.bank.QuestionContentJson;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.web.questions.StoredQuestion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question with its current content (correct answers included: only authors read this) and
 * metadata. {@code revision} is also the ETag an update must send in {@code If-Match}.
 */
@Schema(name = "Question")
@JsonbPropertyOrder({"id", "revision", "version", "authorId", "updatedAt", "content", "metadata"})
public record QuestionView(
    long id,
    long revision,
    int version,
    Long authorId,
    Instant updatedAt,
    @Schema(description = "The content as the bank stores it (type, texts, body with a kind)")
        JsonObject content,
    QuestionMetadataView metadata) {

  static QuestionView of(StoredQuestion question) {
    return new QuestionView(
        question.id(),
        question.revision(),
        question.version(),
        question.authorId(),
        question.updatedAt(),
        json(question.content()),
        QuestionMetadataView.of(question.metadata()));
  }

  static JsonObject json(QuestionContent content) {
    try (JsonReader reader =
        Json.createReader(new StringReader(QuestionContentJson.write(content)))) {
      return reader.readObject();
    }
  }
}
