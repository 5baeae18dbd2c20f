package jp.wlink.course.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.ObjLongConsumer;

/**
 * The calibrated difficulty of every skill's typical item and of every item, learned from all
 * learners' answers. An item's difficulty is its skill's plus the item's own offset, so an item
 * nobody has answered yet starts at its skill's difficulty and drifts away as answers show how it
 * differs. Each difficulty carries a variance that shrinks with every answer.
 *
 * <p>One instance is shared by all learners of a model; its methods are synchronised, each a few
 * arithmetic operations long.
 */
public final class Difficulties {
  private final double priorSkillVariance;
  private final double priorItemVariance;
  private double[] skillMean = new double[16];
  private double[] skillVariance = new double[16];
  private final ItemOffsets items = new ItemOffsets();

  Difficulties(double priorSkillVariance, double priorItemVariance) {
    this.priorSkillVariance = priorSkillVariance;
    this.priorItemVariance = priorItemVariance;
  }

  /** Difficulties that know nothing yet: every skill and item at the settings' prior. */
  public static Difficulties fresh(ModelSettings settings) {
    return new Difficulties(settings.skillDifficultyVariance(), settings.itemVariance());
  }

  /** The current calibration of the item (of its skill's typical item when never answered). */
  public synchronized Difficulty of(ItemRef item) {
    double mean = skillMean(item.skill());
    double variance = skillVariance(item.skill());
    int slot = item.isTypical() ? -1 : items.find(item.item());
    if (slot >= 0) {
      mean += items.offset(slot);
      variance += items.variance(slot);
    } else if (!item.isTypical()) {
      variance += priorItemVariance;
    }
    return new Difficulty(mean, variance);
  }

  /**
   * Sets a difficulty known from elsewhere, such as an item analysis of past exams: for a typical
   * item the skill's, otherwise the item's, measured against its skill's current difficulty.
   */
  public synchronized void calibrate(ItemRef item, Difficulty difficulty) {
    if (item.isTypical()) {
      ensureSkill(item.skill());
      skillMean[item.skill()] = difficulty.value();
      skillVariance[item.skill()] = difficulty.variance();
      return;
    }
    int slot = items.slot(item.item(), priorItemVariance);
    items.set(slot, difficulty.value() - skillMean(item.skill()), difficulty.variance());
  }

  // LIMITATION: abilities lag behind learning, so even first attempts make items look a little
  // easier than they are (0.4 logits in a simulation of fast learners); an offline refit would fix.
  /**
   * Returns the step the learner's own quantities take for one answer (see {@link RatingStep}) and,
   * when {@code calibrate}, moves the difficulties too. Only a learner's first attempt at an item
   * and placement answers calibrate: later attempts mostly show what the learner has learned from
   * the item, and would make items look easier and easier as learners practise.
   */
  synchronized RatingStep observe(
      ItemRef item,
      double learnerLogit,
      double learnerVariance,
      boolean correct,
      boolean calibrate) {
    int skill = item.skill();
    ensureSkill(skill);
    int slot = item.isTypical() ? -1 : items.slot(item.item(), priorItemVariance);
    double itemOffset = slot < 0 ? 0 : items.offset(slot);
    double itemVariance = slot < 0 ? 0 : items.variance(slot);

    double logit = learnerLogit - skillMean[skill] - itemOffset;
    double total = learnerVariance + skillVariance[skill] + itemVariance;
    RatingStep step = RatingStep.of(logit, total, correct);
    if (!calibrate) {
      return step;
    }

    skillMean[skill] = step.moved(skillMean[skill], -skillVariance[skill]);
    skillVariance[skill] = step.narrowed(skillVariance[skill], skillVariance[skill]);
    if (slot >= 0) {
      items.set(
          slot, step.moved(itemOffset, -itemVariance), step.narrowed(itemVariance, itemVariance));
    }
    return step;
  }

  private double skillMean(int skill) {
    return skill < skillMean.length ? skillMean[skill] : 0;
  }

  private double skillVariance(int skill) {
    return skill < skillVariance.length && skillVariance[skill] > 0
        ? skillVariance[skill]
        : priorSkillVariance;
  }

  private void ensureSkill(int skill) {
    if (skill >= skillMean.length) {
      int length = Math.max(skill + 1, skillMean.length * 2);
      skillMean = Arrays.copyOf(skillMean, length);
      skillVariance = Arrays.copyOf(skillVariance, length);
    }
    if (skillVariance[skill] == 0) {
      skillVariance[skill] = priorSkillVariance;
    }
  }

  /** The skill's typical difficulty and its variance, the prior's when never calibrated. */
  public synchronized Difficulty skill(int skill) {
    return new Difficulty(skillMean(skill), skillVariance(skill));
  }

  /** How much harder the item is than its skill's typical item, if it has been calibrated. */
  public synchronized Optional<Difficulty> itemOffset(long item) {
    int slot = items.find(item);
    return slot < 0
        ? Optional.empty()
        : Optional.of(new Difficulty(items.offset(slot), items.variance(slot)));
  }

  /** Puts back a skill's stored calibration, as read from {@link #skill}. */
  public synchronized void restoreSkill(int skill, Difficulty stored) {
    ensureSkill(skill);
    skillMean[skill] = stored.value();
    skillVariance[skill] = stored.variance();
  }

  /** Puts back an item's stored offset, as read from {@link #itemOffset}. */
  public synchronized void restoreItemOffset(long item, Difficulty offset) {
    int slot = items.slot(item, priorItemVariance);
    items.set(slot, offset.value(), offset.variance());
  }

  /** Every calibrated skill by number with its difficulty. */
  public synchronized void eachSkill(BiConsumer<Integer, Difficulty> action) {
    for (int skill = 0; skill < skillVariance.length; skill++) {
      if (skillVariance[skill] > 0) {
        action.accept(skill, new Difficulty(skillMean[skill], skillVariance[skill]));
      }
    }
  }

  /** Every calibrated item by id with its offset. */
  public synchronized void eachItem(ObjLongConsumer<Difficulty> action) {
    for (int slot = 0; slot < items.size(); slot++) {
      action.accept(new Difficulty(items.offset(slot), items.variance(slot)), items.item(slot));
    }
  }
}
