package jp.wlink.course.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import jp.wlink.course.model.AnswerKind;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.ModelSettings;
import jp.wlink.course.placement.PlacementRules;
import jp.wlink.course.placement.PlacementTest;

/**
 * Places synthetic learners of fixed, known ability with a test of exactly N items over a bank of
 * 20 items per skill spread from −3 to +3 logits, and measures the root mean square error of the
 * estimated ability at each skill. The learners are drawn from the model's own prior (global
 * variance 0.3, skill variance 0.5), so an estimate before any answer has an RMSE of about 0.89.
 */
public final class PlacementSimulation {
  private static final int ITEMS_PER_SKILL = 20;
  private static final double SPREAD = 3;

  private final int skills;
  private final int learners;

  public PlacementSimulation(int skills, int learners) {
    this.skills = skills;
    this.learners = learners;
  }

  /** The RMSE after {@code items} answers chosen by the placement test. */
  public double adaptiveRmse(int items, long seed) {
    return rmse(items, seed, true);
  }

  /** The RMSE after {@code items} answers to items drawn at random from the same bank. */
  public double randomRmse(int items, long seed) {
    return rmse(items, seed, false);
  }

  private double rmse(int items, long seed, boolean adaptive) {
    Random random = new Random(seed);
    ModelSettings settings = ModelSettings.defaults();
    LearnerModel model = LearnerModel.untrained(settings);
    SyntheticBank bank = new SyntheticBank(skills, ITEMS_PER_SKILL, SPREAD);
    bank.calibrate(model);

    double squares = 0;
    for (int i = 0; i < learners; i++) {
      SyntheticLearner learner =
          SyntheticLearner.draw(
              random,
              skills,
              Math.sqrt(settings.globalVariance()),
              Math.sqrt(settings.skillVariance()),
              0);
      LearnerState state = model.newLearner();
      if (adaptive) {
        placeAdaptively(model, state, bank, learner, items);
      } else {
        placeAtRandom(model, state, bank, learner, items, random);
      }
      for (int skill = 0; skill < skills; skill++) {
        double error = model.estimate(state, skill).ability() - learner.ability(skill);
        squares += error * error;
      }
    }
    return Math.sqrt(squares / (learners * (double) skills));
  }

  private static void placeAdaptively(
      LearnerModel model, LearnerState state, SyntheticBank bank, SyntheticLearner learner, int n) {
    PlacementRules rules = new PlacementRules(n, 0, PlacementRules.defaults().levels());
    PlacementTest test = PlacementTest.start(model, state, bank.items(), rules);
    for (ItemRef item = next(test); item != null; item = next(test)) {
      test.answer(item, learner.answer(item, bank.difficulty(item)));
    }
  }

  private static ItemRef next(PlacementTest test) {
    return test.nextItem().orElse(null);
  }

  private static void placeAtRandom(
      LearnerModel model,
      LearnerState state,
      SyntheticBank bank,
      SyntheticLearner learner,
      int n,
      Random random) {
    List<ItemRef> shuffled = new ArrayList<>(bank.items());
    Collections.shuffle(shuffled, random);
    for (ItemRef item : shuffled.subList(0, n)) {
      boolean correct = learner.answer(item, bank.difficulty(item));
      model.update(state, item, correct, AnswerKind.PLACEMENT);
    }
  }
}
