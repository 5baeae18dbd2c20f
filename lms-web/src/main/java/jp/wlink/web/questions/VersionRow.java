package jp.wlink.web.questions;

import java.io.Serializable;
import java.time.Instant;
import jp.wlink.question.bank.QuestionVersion;

/** One version of a question in the editor's version list. */
public record VersionRow(int number, Instant createdAt, Long authorId, boolean shown)
    implements Serializable {
  static VersionRow of(QuestionVersion version) {
    return new VersionRow(
        version.getNumber(), version.getCreatedAt(), version.getAuthorId(), version.isShown());
  }
}
