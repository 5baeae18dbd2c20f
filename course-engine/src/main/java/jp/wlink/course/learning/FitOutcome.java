package jp.wlink.course.learning;

import java.util.Optional;
import jp.wlink.course.model.Accuracy;

/**
 * What a request to fit the learner model came to.
 *
 * @param kind whether a model was fitted and stored
 * @param answers the stored answers found
 * @param learners the learners who gave them
 * @param minimumAnswers how many answers a fit needs
 * @param heldOut the new model's accuracy on held-out learners, if measured
 * @param modelId the stored model's id when fitted, else 0
 */
public record FitOutcome(
    Kind kind,
    int answers,
    int learners,
    int minimumAnswers,
    Optional<Accuracy> heldOut,
    long modelId) {

  /** The ways a fit ends. */
  public enum Kind {
    /** A new model was fitted, stored and taken into use. */
    FITTED,
    /** Too few answers are stored; the model in use stays. */
    TOO_FEW_ANSWERS,
    /** Another instance has already run today's nightly fit. */
    ALREADY_RUN_TODAY
  }

  static FitOutcome fitted(StoredModel stored, int minimumAnswers) {
    return new FitOutcome(
        Kind.FITTED,
        stored.getAnswers(),
        stored.getLearners(),
        minimumAnswers,
        stored.heldOut(),
        stored.getId());
  }

  static FitOutcome tooFew(int answers, int learners, int minimumAnswers) {
    return new FitOutcome(
        Kind.TOO_FEW_ANSWERS, answers, learners, minimumAnswers, Optional.empty(), 0);
  }

  static FitOutcome alreadyRun() {
    return new FitOutcome(Kind.ALREADY_RUN_TODAY, 0, 0, 0, Optional.empty(), 0);
  }
}
