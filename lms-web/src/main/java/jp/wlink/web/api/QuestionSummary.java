package jp.wlink.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.web.questions.QuestionRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One question in the list: what identifies and classifies it, without its content. */
@Schema(name = "QuestionSummary")
@JsonbPropertyOrder({
  "id",
  "name",
  "type",
  "status",
  "category",
  "certification",
  "subject",
  "level",
  "tags",
  "version",
  "updatedAt"
})
public record QuestionSummary(
    long id,
    String name,
    QuestionType type,
    QuestionStatus status,
    String category,
    String certification,
    String subject,
    int level,
    List<String> tags,
    int version,
    Instant updatedAt) {

  static QuestionSummary of(QuestionRow row) {
    return new QuestionSummary(
        row.id(),
        row.name(),
        row.type(),
        row.status(),
        row.category(),
        row.certification(),
        row.subject(),
        row.level(),
        row.tags(),
        row.version(),
        row.updatedAt());
  }
}
