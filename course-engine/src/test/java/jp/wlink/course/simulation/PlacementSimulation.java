package jp.wlink.course.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import jp.wlink.course.model.AnswerKind;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.ModelSettings;
import jp.wlink.course.model.SkillEstimate;
import jp.wlink.course.placement.LevelScale;
import jp.wlink.course.placement.PlacementRules;
import jp.wlink.course.placement.PlacementTest;

/**
 * Places synthetic learners of fixed, known ability over a bank of 40 items per skill spread from
 * −3 to +3 logits, and measures the root mean square error of the estimated ability at each skill
 * and how often the level is the one the true ability deserves. The learners are drawn from the
 * model's own prior (global variance 0.3, skill variance 0.5), so an estimate before any answer has
 * an RMSE of about 0.89.
 */
public final class PlacementSimulation {
  private static final int ITEMS_PER_SKILL = 40;
  private static final double SPREAD = 3;
  private static final Difficulty TYPICAL = new Difficulty(0, 0.01);

  /**
   * What the placements came to.
   *
   * @param rmse the root mean square error of the estimated abilities
   * @param meanItems the mean number of items answered
   * @param rightLevel the share of skills placed at the level the true ability deserves
   * @param withinOneLevel the share placed at most one level away from it
   */
  public record Figures(double rmse, double meanItems, double rightLevel, double withinOneLevel) {}

  /** How the items of one placement are chosen and answered. */
  private interface Placer {
    void place(LearnerModel model, LearnerState state, SyntheticLearner learner, Random random);
  }

  private final int skills;
  private final int learners;
  private final SyntheticBank bank;

  public PlacementSimulation(int skills, int learners) {
    this.skills = skills;
    this.learners = learners;
    this.bank = new SyntheticBank(skills, ITEMS_PER_SKILL, SPREAD);
  }

  /** The RMSE after exactly {@code items} answers chosen by the placement test. */
  public double adaptiveRmse(int items, long seed) {
    PlacementRules rules = new PlacementRules(items, 0, LevelScale.defaults());
    return run(adaptively(rules), seed).rmse();
  }

  /** The RMSE after {@code items} answers to items drawn at random from the same bank. */
  public double randomRmse(int items, long seed) {
    return run(atRandom(items), seed).rmse();
  }

  /** The figures of placement tests that follow the given rules. */
  public Figures withRules(PlacementRules rules, long seed) {
    return run(adaptively(rules), seed);
  }

  private Figures run(Placer placer, long seed) {
    Random random = new Random(seed);
    ModelSettings settings = ModelSettings.defaults();
    LearnerModel model = LearnerModel.untrained(settings);
    bank.calibrate(model);

    Tally tally = new Tally();
    for (int i = 0; i < learners; i++) {
      SyntheticLearner learner =
          SyntheticLearner.draw(
              random,
              skills,
              Math.sqrt(settings.globalVariance()),
              Math.sqrt(settings.skillVariance()),
              0);
      LearnerState state = model.newLearner();
      placer.place(model, state, learner, random);
      tally.answers += state.answers();
      for (int skill = 0; skill < skills; skill++) {
        tally.add(model.estimate(state, skill), learner.ability(skill));
      }
    }
    return tally.figures(learners);
  }

  /** Sums over the placed skills. */
  private static final class Tally {
    private final LevelScale levels = LevelScale.defaults();
    private int answers;
    private int placed;
    private double squares;
    private int right;
    private int nearlyRight;

    void add(SkillEstimate estimate, double truth) {
      double error = estimate.ability() - truth;
      int gap =
          levels.level(estimate, TYPICAL) - levels.level(new SkillEstimate(truth, 1), TYPICAL);
      placed++;
      squares += error * error;
      right += gap == 0 ? 1 : 0;
      nearlyRight += Math.abs(gap) <= 1 ? 1 : 0;
    }

    Figures figures(int learners) {
      return new Figures(
          Math.sqrt(squares / placed),
          answers / (double) learners,
          right / (double) placed,
          nearlyRight / (double) placed);
    }
  }

  private Placer adaptively(PlacementRules rules) {
    return (model, state, learner, random) -> {
      PlacementTest test = PlacementTest.start(model, state, bank.items(), rules);
      for (ItemRef item = next(test); item != null; item = next(test)) {
        test.answer(item, learner.answer(item, bank.difficulty(item)));
      }
    };
  }

  private static ItemRef next(PlacementTest test) {
    return test.nextItem().orElse(null);
  }

  private Placer atRandom(int items) {
    return (model, state, learner, random) -> {
      List<ItemRef> shuffled = new ArrayList<>(bank.items());
      Collections.shuffle(shuffled, random);
      for (ItemRef item : shuffled.subList(0, items)) {
        boolean correct = learner.answer(item, bank.difficulty(item));
        model.update(state, item, correct, AnswerKind.PLACEMENT);
      }
    };
  }
}
