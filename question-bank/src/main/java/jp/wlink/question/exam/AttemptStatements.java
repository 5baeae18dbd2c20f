package jp.wlink.question.exam;

import java.time.Instant;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * The conditional updates that make concurrent use safe, as plain SQL that H2, MySQL and MariaDB
 * all run. Each names in its WHERE clause the state it expects, so of two racing callers exactly
 * one changes the row and the other sees zero rows updated.
 */
final class AttemptStatements {
  /** The attempt is the learner's, OPEN, and its deadline (if any) is still ahead. */
  private static final String ATTEMPT_TAKES_ANSWERS =
      " AND EXISTS (SELECT 1 FROM exam_attempt a WHERE a.id = attempt_slot.attempt_id"
          + " AND a.learner_id = ? AND a.state = 'OPEN'"
          + " AND (a.deadline IS NULL OR a.deadline > ?))";

  /** response, saved_at, attempt id, position, base revision, learner, now. */
  static final String SAVE_ANSWER =
      "UPDATE attempt_slot SET response = ?, saved_at = ?, revision = revision + 1"
          + " WHERE attempt_id = ? AND position = ? AND revision = ?"
          + ATTEMPT_TAKES_ANSWERS;

  /** flagged, attempt id, position, learner, now. */
  static final String FLAG =
      "UPDATE attempt_slot SET flagged = ? WHERE attempt_id = ? AND position = ?"
          + ATTEMPT_TAKES_ANSWERS;

  /**
   * The claim that submits an attempt exactly once. Params: submitted_at, now (for the ending),
   * attempt id.
   */
  static final String CLAIM =
      "UPDATE exam_attempt SET state = 'SUBMITTED', submitted_at = ?, version = version + 1,"
          + " ending = CASE WHEN deadline IS NOT NULL AND deadline <= ? THEN 'TIMED_OUT'"
          + " ELSE 'BY_LEARNER' END"
          + " WHERE id = ? AND state = 'OPEN'";

  /** The same claim, only for the learner who owns the attempt; one more param, the learner. */
  static final String CLAIM_OWN = CLAIM + " AND learner_id = ?";

  /** The claim of the sweep, only once the deadline has passed; one more param, now. */
  static final String CLAIM_OVERDUE = CLAIM + " AND deadline <= ?";

  private static final UtcInstantConverter INSTANTS = new UtcInstantConverter();

  private AttemptStatements() {}

  /**
   * An instant as these statements bind it: the bank's stored form (UTC text), since the driver
   * drops the milliseconds of a bound Timestamp on MariaDB and a deadline must hold to the ms.
   */
  static Object at(Instant instant) {
    return INSTANTS.convertToDatabaseColumn(instant);
  }
}
