package jp.wlink.question.exam;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What a practice quiz was asked for, stored with its attempt as JSON-B JSON. */
@Converter
public class PracticeSpecJson implements AttributeConverter<PracticeSpec, String> {
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(PracticeSpec spec) {
    return spec == null ? null : JSONB.toJson(spec);
  }

  @Override
  public PracticeSpec convertToEntityAttribute(String json) {
    return json == null ? null : JSONB.fromJson(json, PracticeSpec.class);
  }
}
