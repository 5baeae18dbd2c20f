package jp.wlink.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.web.api.problem.ProblemException;
import jp.wlink.web.api.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status a question should move to. */
@Schema(name = "StatusChange")
public record StatusChange(QuestionStatus status) {
  /** The status in the body, or a 400 problem when it names none. */
  static QuestionStatus read(JsonObject body) {
    if (body == null || !(body.get("status") instanceof JsonString status)) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
    try {
      return QuestionStatus.valueOf(status.getString());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProblemType.BAD_REQUEST);
    }
  }
}
