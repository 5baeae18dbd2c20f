package jp.wlink.question.exam;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import jp.wlink.question.scoring.Response;

/**
 * A saved answer as JSON-B JSON, the sealed type named by its {@code kind}; null stays null. The
 * records' components are read as fields, since JSON-B does not take {@code answer()} for a getter.
 */
@Converter
public class ResponseJson implements AttributeConverter<Response, String> {
  static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(new Components()));

  public static String write(Response response) {
    return response == null ? null : JSONB.toJson(response);
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

  /** Every instance field of a record is one of its components. */
  private static final class Components implements PropertyVisibilityStrategy {
    @Override
    public boolean isVisible(Field field) {
      return !Modifier.isStatic(field.getModifiers());
    }

    @Override
    public boolean isVisible(Method method) {
      return false;
    }
  }
}
