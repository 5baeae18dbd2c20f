package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.wlink.question.certification.FailReason;
import jp.wlink.question.certification.SubjectScore;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.exam.Attempt;
import jp.wlink.question.exam.AttemptSlot;
import jp.wlink.question.exam.AttemptState;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.ExamQuestions;
import jp.wlink.question.exam.SubjectResult;
import jp.wlink.question.scoring.ReviewFeedback;

/**
 * Builds the review of a submitted attempt for its learner. Subject minimums come from what the
 * attempt stored when it was scored, so editing the blueprint later never changes a past verdict.
 */
@ApplicationScoped
public class Reviews {
  private final ReviewFeedback feedback = new ReviewFeedback();

  @Inject private Attempts attempts;
  @Inject private ExamQuestions questions;

  /** The review, or empty while the attempt is still open. */
  @Transactional
  public Optional<Review> of(long attemptId, long learnerId) {
    Attempt attempt = attempts.own(attemptId, learnerId);
    if (attempt.getState() != AttemptState.SUBMITTED) {
      return Optional.empty();
    }
    List<AttemptSlot> slots = attempt.getSlots();
    Map<Long, QuestionContent> contents =
        questions.contents(slots.stream().map(AttemptSlot::getQuestionVersionId).toList());

    List<Review.Item> items = new ArrayList<>();
    for (AttemptSlot slot : slots) {
      items.add(item(slot, contents.get(slot.getQuestionVersionId())));
    }
    return Optional.of(
        new Review(
            attemptId,
            attempt.getKind(),
            attempt.getBlueprint(),
            attempt.getEnding().orElseThrow(),
            attempt.getSubmittedAt().orElseThrow(),
            attempt.getPoints().orElse(0.0),
            attempt.getPossible().orElse(0),
            attempt.getPassed(),
            attempt.isProvisional(),
            attempt.getSubjectResults(),
            reasons(attempt),
            items));
  }

  private Review.Item item(AttemptSlot slot, QuestionContent content) {
    return new Review.Item(
        slot.getPosition(),
        slot.getSubject(),
        slot.getChoiceSeed(),
        content,
        slot.getResponse(),
        slot.isAwaitingGrading() ? Optional.empty() : slot.getScore(),
        slot.isAwaitingGrading(),
        slot.getGraderComment(),
        feedback.forResponse(content, slot.getResponse().orElse(null)));
  }

  /**
   * Why a failed attempt failed: each subject below the minimum it had when scored, then the core
   * and overall minimums as the blueprint states them.
   */
  // LIMITATION: the core and overall minimums are read from the blueprint as it is now.
  static List<FailReason> reasons(Attempt attempt) {
    if (attempt.getPassed().orElse(true)) {
      return List.of();
    }
    List<FailReason> reasons = new ArrayList<>();
    List<SubjectScore> scores = new ArrayList<>();
    for (SubjectResult subject : attempt.getSubjectResults()) {
      scores.add(
          new SubjectScore(subject.getSubject(), subject.getPoints(), subject.getPossible()));
      if (!subject.isPassed() && subject.getMinimumCorrect() != null) {
        reasons.add(
            new FailReason(
                FailReason.SUBJECT_BELOW_MINIMUM,
                List.of(subject.getSubject(), subject.getPoints(), subject.getMinimumCorrect())));
      }
    }
    attempt
        .getBlueprint()
        .ifPresent(
            blueprint ->
                blueprint.passRule().evaluate(scores).reasons().stream()
                    .filter(r -> !r.key().equals(FailReason.SUBJECT_BELOW_MINIMUM))
                    .forEach(reasons::add));
    return reasons;
  }
}
