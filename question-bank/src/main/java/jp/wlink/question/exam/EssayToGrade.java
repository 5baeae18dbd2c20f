package jp.wlink.question.exam;

import java.time.Instant;
import java.util.Optional;
import jp.wlink.question.scoring.Response;

/** An essay answer waiting for a person to mark it; names no learner, so grading stays blind. */
public record EssayToGrade(
    long slotId,
    long attemptId,
    int position,
    long questionVersionId,
    String subject,
    Optional<Response> response,
    Instant submittedAt) {

  static EssayToGrade of(AttemptSlot slot) {
    return new EssayToGrade(
        slot.getId(),
        slot.getAttempt().getId(),
        slot.getPosition(),
        slot.getQuestionVersionId(),
        slot.getSubject(),
        slot.getResponse(),
        slot.getAttempt().getSubmittedAt().orElseThrow());
  }
}
