package jp.wlink.web.exams;

import java.io.Serializable;
import java.time.Instant;

/**
 * An essay waiting in the grading queue as the grader sees it: the question, the marking guide for
 * graders and the answer, without the learner's name. HTML fields are safe to show.
 */
public record EssayCard(
    long slotId,
    long attemptId,
    int position,
    String subject,
    Instant submittedAt,
    String stem,
    String graderInfo,
    String answer)
    implements Serializable {}
