package jp.wlink.web.questions;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.wlink.question.bank.Question;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;

/** One line of the question list, detached from the persistence context. */
public record QuestionRow(
    long id,
    String name,
    QuestionType type,
    QuestionStatus status,
    String category,
    String certification,
    String subject,
    int level,
    List<String> tags,
    int version,
    Long authorId,
    Instant updatedAt)
    implements Serializable {

  /** Category paths are shown with the separator the sheets use, {@code 法規 / 下水道法}. */
  static final String PATH_SEPARATOR = " / ";

  public QuestionRow {
    tags = List.copyOf(tags);
  }

  static QuestionRow of(Question question) {
    return new QuestionRow(
        question.getId(),
        question.getName(),
        question.getType(),
        question.getStatus(),
        String.join(PATH_SEPARATOR, question.getCategory().path()),
        question.getCertification().orElse(""),
        question.getSubject().orElse(""),
        question.getLevel(),
        question.getTags(),
        question.getCurrentVersion(),
        question.getAuthorId(),
        question.getUpdatedAt());
  }
}
