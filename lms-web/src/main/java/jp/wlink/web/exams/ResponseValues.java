package jp.wlink.web.exams;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import jp.wlink.question.exam.ResponseJson;
import jp.wlink.question.scoring.Response;

/**
 * A saved answer in exactly the JSON the exam player sends and the engine stores, for pages (as
 * text in an attribute) and for the API (as a JSON value inside a larger document).
 */
public final class ResponseValues {
  private ResponseValues() {}

  /** The response's JSON text, or the empty string for no answer. */
  public static String text(Optional<Response> response) {
    return response.map(ResponseJson::write).orElse("");
  }

  /** The response as a JSON value, or JSON null for no answer. */
  public static JsonValue value(Optional<Response> response) {
    if (response.isEmpty()) {
      return JsonValue.NULL;
    }
    try (JsonReader reader = Json.createReader(new StringReader(text(response)))) {
      return reader.readValue();
    }
  }
}
