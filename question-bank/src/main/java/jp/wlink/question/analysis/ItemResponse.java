package jp.wlink.question.analysis;

import java.util.Objects;
import java.util.Set;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.scoring.Score;

/**
 * One scored answer in one attempt, as item analysis sees it: the fraction of the mark earned (0 to
 * 1) and, for choice and true/false questions, the option indexes picked (true/false: {@link #TRUE}
 * or {@link #FALSE}). Essays still awaiting a grade have no fraction yet and stay out.
 */
public record ItemResponse(long attemptId, long questionId, double fraction, Set<Integer> choices) {
  /** The option index that stands for answering "true" to a true/false question. */
  public static final int TRUE = 0;

  /** The option index that stands for answering "false" to a true/false question. */
  public static final int FALSE = 1;

  public ItemResponse {
    if (Double.isNaN(fraction) || fraction < 0.0 || fraction > 1.0) {
      throw new IllegalArgumentException("fraction must lie in [0, 1]: " + fraction);
    }
    choices = Set.copyOf(Objects.requireNonNull(choices, "choices"));
  }

  /** The response as analysis needs it, from what the learner sent and what it scored. */
  public static ItemResponse of(long attemptId, long questionId, Score score, Response response) {
    if (score.awaitingGrading()) {
      throw new IllegalArgumentException("an answer awaiting grading has no fraction yet");
    }
    return new ItemResponse(attemptId, questionId, score.fraction(), picked(response));
  }

  private static Set<Integer> picked(Response response) {
    if (response instanceof Response.Chosen chosen) {
      return chosen.choices();
    }
    if (response instanceof Response.TrueFalse trueFalse) {
      return Set.of(trueFalse.answer() ? TRUE : FALSE);
    }
    return Set.of();
  }
}
