package jp.wlink.question.exam;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.wlink.question.scoring.Response;

/** A saved answer as JSON-B JSON, the sealed type named by its {@code kind}; null stays null. */
@Converter
public class ResponseJson implements AttributeConverter<Response, String> {
  private static final Jsonb JSONB = JsonbBuilder.create();

  public static String write(Response response) {
    return response == null ? null : JSONB.toJson(response, Response.class);
  }

  public static Response read(String json) {
    return json == null ? null : JSONB.fromJson(json, Response.class);
  }

  @Override
  public String convertToDatabaseColumn(Response response) {
    return write(response);
  }

  @Override
  public Response convertToEntityAttribute(String json) {
    return read(json);
  }
}
