package jp.wlink.question.bank;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.wlink.question.content.QuestionContent;

/** Maps a version's whole content to its JSON text column. */
@Converter
public class QuestionContentConverter implements AttributeConverter<QuestionContent, String> {
  @Override
  public String convertToDatabaseColumn(QuestionContent content) {
    return content == null ? null : QuestionContentJson.write(content);
  }

  @Override
  public QuestionContent convertToEntityAttribute(String json) {
    return json == null ? null : QuestionContentJson.read(json);
  }
}
