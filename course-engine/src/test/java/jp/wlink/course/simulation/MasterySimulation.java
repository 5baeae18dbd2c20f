package jp.wlink.course.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.ModelSettings;

/**
 * Counts the practice answers synthetic learners need until the model is 90% sure that they answer
 * a typical item correctly at least 80% of the time at every skill, for three ways of ordering the
 * same items. The learners differ in what they already know and learn a fixed amount from every
 * answer; each strategy meets the same learners.
 */
public final class MasterySimulation {
  /** How the next item is chosen. */
  public enum Order {
    /**
     * At the first skill in course order not yet mastered, the unanswered item with the most
     * information at the current estimate.
     */
    ADAPTIVE,
    /** Every item in the course's fixed order, skill by skill from easy to hard, round again. */
    LINEAR,
    /** The fixed order, but passing over the items of skills already mastered. */
    LINEAR_SKIPPING_MASTERED
  }

  /**
   * The outcome over all learners.
   *
   * @param meanAnswers the mean number of answers until every skill was mastered
   * @param trulyMastered the share of skills whose true ability had reached the bar at the end
   * @param unfinished learners who had not mastered everything within the cap
   */
  public record Outcome(double meanAnswers, double trulyMastered, int unfinished) {}

  static final double REQUIRED_PROBABILITY = 0.8;
  private static final int MAX_ANSWERS = 2000;

  private final SimulatedCourse course;
  private final int learners;

  public MasterySimulation(SimulatedCourse course, int learners) {
    this.course = course;
    this.learners = learners;
  }

  public Outcome run(Order order, long seed) {
    LearnerModel model = LearnerModel.untrained(ModelSettings.defaults());
    SyntheticBank bank = course.bank();
    bank.calibrate(model);
    double bar = Math.log(REQUIRED_PROBABILITY / (1 - REQUIRED_PROBABILITY));

    long answers = 0;
    int trulyMastered = 0;
    int unfinished = 0;
    Random seeds = new Random(seed);
    for (int i = 0; i < learners; i++) {
      SyntheticLearner learner = course.learner(new Random(seeds.nextLong()));
      Practice practice = new Practice(model, bank, order);
      int taken = practice.untilMastered(learner, MAX_ANSWERS);
      answers += taken;
      unfinished += taken >= MAX_ANSWERS ? 1 : 0;
      for (int skill = 0; skill < bank.skills(); skill++) {
        trulyMastered += learner.ability(skill) >= bar ? 1 : 0;
      }
    }
    return new Outcome(
        answers / (double) learners,
        trulyMastered / (double) (learners * bank.skills()),
        unfinished);
  }

  /** One learner's practice under one order. */
  private static final class Practice {
    private final LearnerModel model;
    private final SyntheticBank bank;
    private final Order order;
    private final LearnerState state;
    private final List<ItemRef> fixedOrder;
    private int position;
    private final Set<ItemRef> answered = new HashSet<>();
    private final boolean[] declared;
    private ItemRef previous;

    Practice(LearnerModel model, SyntheticBank bank, Order order) {
      this.model = model;
      this.bank = bank;
      this.order = order;
      this.state = model.newLearner();
      this.fixedOrder = bank.items();
      this.declared = new boolean[bank.skills()];
    }

    int untilMastered(SyntheticLearner learner, int cap) {
      int taken = 0;
      while (taken < cap && firstUnmastered() >= 0) {
        ItemRef item = order == Order.ADAPTIVE ? adaptive() : linear();
        boolean correct = learner.answer(item, bank.difficulty(item));
        model.update(state, item, correct);
        answered.add(item);
        declared[item.skill()] |= model.mastery(state, item.skill()) >= REQUIRED_PROBABILITY;
        previous = item;
        taken++;
      }
      return taken;
    }

    private boolean mastered(int skill) {
      return declared[skill];
    }

    private int firstUnmastered() {
      for (int skill = 0; skill < bank.skills(); skill++) {
        if (!mastered(skill)) {
          return skill;
        }
      }
      return -1;
    }

    private ItemRef linear() {
      ItemRef item = fixedOrder.get(position++ % fixedOrder.size());
      while (order == Order.LINEAR_SKIPPING_MASTERED && mastered(item.skill())) {
        item = fixedOrder.get(position++ % fixedOrder.size());
      }
      return item;
    }

    private ItemRef adaptive() {
      int skill = firstUnmastered();
      double ability = model.estimate(state, skill).ability();
      ItemRef best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (ItemRef item : bank.items(skill)) {
        if (item.equals(previous)) {
          continue;
        }
        double p = 1 / (1 + Math.exp(-(ability - model.difficulties().of(item).value())));
        double score = p * (1 - p) - (answered.contains(item) ? 1 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = item;
        }
      }
      return best;
    }
  }
}
