package jp.wlink.question.bank;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import jp.wlink.question.content.QuestionContent;

/**
 * The stored form of a version's content: JSON written by JSON-B from the content records, their
 * components only. Derived accessors such as {@code RichText.isEmpty()} stay out of the JSON, so
 * what is stored is exactly what the record constructors take back.
 */
public final class QuestionContentJson {
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(new ComponentsOnly()));

  private QuestionContentJson() {}

  public static String write(QuestionContent content) {
    return JSONB.toJson(content);
  }

  public static QuestionContent read(String json) {
    return JSONB.fromJson(json, QuestionContent.class);
  }

  /** Record components are private fields; reading them directly skips the derived accessors. */
  private static final class ComponentsOnly implements PropertyVisibilityStrategy {
    @Override
    public boolean isVisible(Field field) {
      return !java.lang.reflect.Modifier.isStatic(field.getModifiers());
    }

    @Override
    public boolean isVisible(Method method) {
      return false;
    }
  }
}
