package jp.wlink.course.model;

import java.util.List;
import java.util.logging.Logger;

/**
 * Trains a {@link LearnerModel} in two passes over the learners' answers. The first pass runs the
 * core online through every sequence and so calibrates the skills' and items' difficulties. The
 * second runs it again with fresh learners and records, before each answer, the features the model
 * would have seen at that moment; a logistic regression on those rows gives the weights. Training
 * rows are thus made exactly as predictions are made later, answer by answer. Without answers the
 * model is the core alone.
 */
final class ModelTraining {
  private static final Logger LOG = Logger.getLogger(ModelTraining.class.getName());

  private ModelTraining() {}

  static LearnerModel train(List<AnswerSequence> sequences, ModelSettings settings) {
    LearnerModel core = LearnerModel.untrained(settings);
    replay(core, sequences, null);

    int skills = skillCount(sequences);
    LogisticFit fit = new LogisticFit(penalties(skills, settings.penalty()), rowWidth());
    replay(core, sequences, new RowWriter(fit, skills));
    Weights weights = fit.rows() == 0 ? Weights.coreOnly() : Weights.fitted(fit.fit(), skills);

    LOG.fine(() -> "Fitted the learner model on " + fit.rows() + " answers, " + skills + " skills");
    return new LearnerModel(settings, weights, core.difficulties());
  }

  private static void replay(LearnerModel core, List<AnswerSequence> sequences, RowWriter rows) {
    double[] features = new double[Features.ALL.length];
    for (AnswerSequence sequence : sequences) {
      LearnerState state = core.newLearner();
      for (Answer answer : sequence.answers()) {
        if (rows != null) {
          core.features(state, answer.item(), features);
          rows.add(features, answer.item().skill(), answer.correct());
        }
        core.update(state, answer.item(), answer.correct());
      }
    }
  }

  private static int skillCount(List<AnswerSequence> sequences) {
    int highest = -1;
    for (AnswerSequence sequence : sequences) {
      for (Answer answer : sequence.answers()) {
        highest = Math.max(highest, answer.item().skill());
      }
    }
    return highest + 1;
  }

  private static double[] penalties(int skills, double penalty) {
    double[] penalties = new double[Weights.dimension(skills)];
    java.util.Arrays.fill(penalties, penalty);
    penalties[Feature.CONSTANT.ordinal()] = 0;
    return penalties;
  }

  private static int rowWidth() {
    return Features.ALL.length + 1 + Features.PER_SKILL.length;
  }

  /** Turns feature values into a sparse row of the fit. */
  private static final class RowWriter {
    private final LogisticFit fit;
    private final int skills;
    private final int[] index = new int[rowWidth()];
    private final double[] value = new double[rowWidth()];

    RowWriter(LogisticFit fit, int skills) {
      this.fit = fit;
      this.skills = skills;
    }

    void add(double[] features, int skill, boolean correct) {
      int n = 0;
      for (int f = 0; f < Features.ALL.length; f++) {
        index[n] = f;
        value[n++] = features[f];
      }
      index[n] = Weights.interceptIndex(skill);
      value[n++] = 1;
      for (int p = 0; p < Features.PER_SKILL.length; p++) {
        index[n] = Weights.perSkillIndex(skills, skill, p);
        value[n++] = features[Features.PER_SKILL[p].ordinal()];
      }
      fit.add(index, value, correct);
    }
  }
}
