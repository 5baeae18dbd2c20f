package jp.wlink.question.exam;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What a practice quiz was asked for, stored with its attempt as JSON-B JSON. */
@Converter
public class PracticeSpecJson implements AttributeConverter<PracticeSpec, String> {

  @Override
  public String convertToDatabaseColumn(PracticeSpec spec) {
    return spec == null ? null : ResponseJson.JSONB.toJson(spec);
  }

  @Override
  public PracticeSpec convertToEntityAttribute(String json) {
    return json == null ? null : ResponseJson.JSONB.fromJson(json, PracticeSpec.class);
  }
}
