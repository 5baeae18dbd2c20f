package jp.wlink.question.format.gift;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.text.RichTextSanitiser;

/**
 * Reads values out of the GIFT-grammar-PEG.js fixtures' JSON. That grammar collapses white space in
 * text, so texts are compared with runs of white space as one space; HTML is compared after the
 * bank's sanitiser, which the reader applies by design.
 */
final class PegJson {
  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();

  private PegJson() {}

  static boolean isNull(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  static String string(JsonObject object, String key) {
    return isNull(object, key) ? null : object.getString(key);
  }

  /** A {format, text} object (or null) as the text the reader should produce, normalised. */
  static String expectedText(JsonObject object, String key) {
    if (isNull(object, key)) {
      return "";
    }
    JsonObject text = object.getJsonObject(key);
    String raw = text.getString("text");
    boolean html = "html".equals(text.getString("format"));
    return normal(html ? SANITISER.sanitise(raw) : raw);
  }

  static TextFormat expectedFormat(JsonObject object, String key) {
    return switch (object.getJsonObject(key).getString("format")) {
      case "html" -> TextFormat.HTML;
      case "plain" -> TextFormat.PLAIN;
      case "markdown" -> TextFormat.MARKDOWN;
      default -> TextFormat.MOODLE_AUTO;
    };
  }

  static String normal(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  static String actual(RichText text) {
    return normal(text.text());
  }

  /** The fraction a PEG choice stands for: its weight in percent, else 1 if correct, else 0. */
  static double fraction(JsonObject choice) {
    if (isNull(choice, "weight")) {
      return choice.getBoolean("isCorrect") ? 1 : 0;
    }
    return choice.getJsonNumber("weight").bigDecimalValue().movePointLeft(2).doubleValue();
  }

  static BigDecimal number(JsonObject object, String key) {
    return object.getJsonNumber(key).bigDecimalValue();
  }

  static boolean isObject(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.OBJECT;
  }
}
