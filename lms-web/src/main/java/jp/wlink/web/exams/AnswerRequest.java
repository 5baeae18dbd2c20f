package jp.wlink.web.exams;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jp.wlink.question.exam.ResponseJson;
import jp.wlink.question.scoring.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer sent by the exam player: the revision the tab last saw and the response in the JSON
 * form of {@link Response}, named by its {@code kind}. A null response clears the answer.
 */
@Schema(name = "AnswerRequest")
public class AnswerRequest {
  private Long baseRevision;

  @Schema(description = "A Response: {\"kind\":\"choice\",\"choices\":[2]} and so on")
  private JsonObject response;

  /**
   * The response, or null to clear the answer.
   *
   * @throws IllegalArgumentException when the JSON does not describe a response
   */
  Response parsedResponse() {
    if (response == null) {
      return null;
    }
    try {
      return ResponseJson.read(response.toString());
    } catch (JsonbException | ClassCastException unreadable) {
      throw new IllegalArgumentException("Not a response", unreadable);
    }
  }

  public Long getBaseRevision() {
    return baseRevision;
  }

  public void setBaseRevision(Long baseRevision) {
    this.baseRevision = baseRevision;
  }

  public JsonObject getResponse() {
    return response;
  }

  public void setResponse(JsonObject response) {
    this.response = response;
  }
}
