package jp.wlink.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import jp.wlink.web.questions.VersionRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a question; a version shown to a learner never changes. */
@Schema(name = "QuestionVersion")
@JsonbPropertyOrder({"number", "createdAt", "authorId", "shown"})
public record QuestionVersionView(int number, Instant createdAt, Long authorId, boolean shown) {
  static QuestionVersionView of(VersionRow row) {
    return new QuestionVersionView(row.number(), row.createdAt(), row.authorId(), row.shown());
  }
}
