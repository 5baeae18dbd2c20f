package jp.wlink.question.bank;

import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;

/**
 * What a question list asks for; every part is optional and the parts combine with AND. A category
 * includes its subcategories; {@code text} matches questions containing every one of its words,
 * compared after the bank's Japanese folding (width, kana, case).
 */
public record QuestionFilter(
    Optional<Long> categoryId,
    Optional<QuestionType> type,
    Optional<QuestionStatus> status,
    Optional<String> certification,
    Optional<String> subject,
    Optional<Integer> level,
    Optional<String> tag,
    Optional<String> skill,
    String text) {

  public static final QuestionFilter ALL =
      new QuestionFilter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "");

  public QuestionFilter {
    Objects.requireNonNull(categoryId);
    Objects.requireNonNull(type);
    Objects.requireNonNull(status);
    Objects.requireNonNull(certification);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(level);
    Objects.requireNonNull(tag);
    Objects.requireNonNull(skill);
    Objects.requireNonNull(text);
  }

  public QuestionFilter inCategory(long id) {
    return new QuestionFilter(
        Optional.of(id), type, status, certification, subject, level, tag, skill, text);
  }

  public QuestionFilter ofType(QuestionType newType) {
    return new QuestionFilter(
        categoryId, Optional.of(newType), status, certification, subject, level, tag, skill, text);
  }

  public QuestionFilter withStatus(QuestionStatus newStatus) {
    return new QuestionFilter(
        categoryId, type, Optional.of(newStatus), certification, subject, level, tag, skill, text);
  }

  public QuestionFilter forSubject(String newCertification, String newSubject) {
    return new QuestionFilter(
        categoryId,
        type,
        status,
        Optional.of(newCertification),
        Optional.ofNullable(newSubject),
        level,
        tag,
        skill,
        text);
  }

  public QuestionFilter atLevel(int newLevel) {
    return new QuestionFilter(
        categoryId, type, status, certification, subject, Optional.of(newLevel), tag, skill, text);
  }

  public QuestionFilter taggedWith(String newTag) {
    return new QuestionFilter(
        categoryId, type, status, certification, subject, level, Optional.of(newTag), skill, text);
  }

  public QuestionFilter practising(String newSkill) {
    return new QuestionFilter(
        categoryId, type, status, certification, subject, level, tag, Optional.of(newSkill), text);
  }

  public QuestionFilter containing(String newText) {
    return new QuestionFilter(
        categoryId, type, status, certification, subject, level, tag, skill, newText);
  }
}
