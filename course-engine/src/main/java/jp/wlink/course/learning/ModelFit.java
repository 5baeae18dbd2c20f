package jp.wlink.course.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.course.model.Accuracy;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.ModelSettings;

/**
 * A learner model fitted on all learners' answer sequences, with its accuracy measured first on
 * learners held out of a fit on the others: every {@link #HELD_OUT_EVERY}th learner (in the order
 * given) is predicted online, answer by answer, by a model fitted on the rest, as the assist2009
 * benchmark measures it. The model kept is then fitted on everyone.
 */
record ModelFit(LearnerModel model, int learners, int answers, Optional<Accuracy> heldOut) {
  /** One learner in this many is held out to measure the fit. */
  static final int HELD_OUT_EVERY = 5;

  /** The fit, or empty when the sequences hold fewer than {@code minimumAnswers} answers. */
  static Optional<ModelFit> of(
      List<AnswerSequence> sequences, ModelSettings settings, int minimumAnswers) {
    int answers = sequences.stream().mapToInt(s -> s.answers().size()).sum();
    if (answers < minimumAnswers || answers == 0) {
      return Optional.empty();
    }
    List<AnswerSequence> training = new ArrayList<>();
    List<AnswerSequence> heldOut = new ArrayList<>();
    for (int i = 0; i < sequences.size(); i++) {
      (i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1 ? heldOut : training).add(sequences.get(i));
    }

    Optional<Accuracy> accuracy = Optional.empty();
    if (!heldOut.isEmpty() && !training.isEmpty()) {
      LearnerModel partial = LearnerModel.train(training, settings);
      accuracy = Optional.of(Accuracy.online(partial, heldOut)).filter(a -> !Double.isNaN(a.auc()));
    }
    LearnerModel model = LearnerModel.train(sequences, settings);
    return Optional.of(new ModelFit(model, sequences.size(), answers, accuracy));
  }
}
