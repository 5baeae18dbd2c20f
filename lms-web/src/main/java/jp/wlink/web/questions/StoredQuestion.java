package jp.wlink.web.questions;

import java.time.Instant;
import jp.wlink.question.bank.Question;
import jp.wlink.question.bank.QuestionVersion;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;

/**
 * A question as the editor and the API show it: its current content and metadata, the revision an
 * edit must name (the ETag of the API), and who wrote it.
 */
public record StoredQuestion(
    long id,
    long revision,
    int version,
    Long authorId,
    Instant updatedAt,
    QuestionContent content,
    QuestionMetadata metadata) {

  static StoredQuestion of(QuestionVersion current) {
    Question question = current.getQuestion();
    return new StoredQuestion(
        question.getId(),
        question.getRevision(),
        current.getNumber(),
        question.getAuthorId(),
        question.getUpdatedAt(),
        current.getContent(),
        question.metadata());
  }
}
