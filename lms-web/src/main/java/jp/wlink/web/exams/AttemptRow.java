package jp.wlink.web.exams;

import java.io.Serializable;
import java.time.Instant;
import jp.wlink.question.exam.AttemptKind;

/**
 * One of a learner's attempts in their list: what it was, when it started, and whether it can be
 * resumed (still open by the server's clock) or reviewed (submitted). Titles are null for a
 * practice quiz; the deadline is null when untimed; the score is null before submission.
 */
public record AttemptRow(
    long id,
    AttemptKind kind,
    String title,
    String titleEn,
    Instant startedAt,
    Instant deadline,
    boolean resumable,
    boolean submitted,
    Double points,
    Integer possible,
    Boolean passed)
    implements Serializable {

  public String titleIn(String language) {
    return "en".equals(language) ? titleEn : title;
  }
}
