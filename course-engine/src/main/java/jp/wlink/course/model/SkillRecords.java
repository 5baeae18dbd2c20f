package jp.wlink.course.model;

import java.util.Arrays;

/**
 * One learner's per-skill records in parallel primitive arrays indexed by slot. A learner meets at
 * most a few hundred skills, so the arrays stay small and a lookup costs a probe or two.
 */
final class SkillRecords {
  private SlotTable slots = new SlotTable(8);
  private double[] ability = new double[8];
  private double[] variance = new double[8];
  private double[] covariance = new double[8];
  private int[] successes = new int[8];
  private int[] failures = new int[8];
  private int[] recent = new int[8];

  int size() {
    return slots.size();
  }

  /** The slot of the skill, or -1 when the learner has no record of it. */
  int find(int skill) {
    return slots.find(skill);
  }

  /** The slot of the skill, created with the given prior when missing. */
  int slot(int skill, double priorVariance) {
    int found = slots.find(skill);
    if (found >= 0) {
      return found;
    }
    int slot = slots.add(skill);
    if (slots.capacity() > ability.length) {
      grow(slots.capacity());
    }
    variance[slot] = priorVariance;
    return slot;
  }

  int skill(int slot) {
    return (int) slots.key(slot);
  }

  double ability(int slot) {
    return ability[slot];
  }

  double variance(int slot) {
    return variance[slot];
  }

  /** The covariance of the skill's own ability with the global ability. */
  double covariance(int slot) {
    return covariance[slot];
  }

  int successes(int slot) {
    return successes[slot];
  }

  int failures(int slot) {
    return failures[slot];
  }

  int recent(int slot) {
    return recent[slot];
  }

  void setEstimate(int slot, double newAbility, double newVariance, double newCovariance) {
    ability[slot] = newAbility;
    variance[slot] = newVariance;
    covariance[slot] = newCovariance;
  }

  /**
   * Carries an answer at another skill over to every skill whose ability is correlated with the
   * global ability: each moves and narrows by its covariance with the answer's logit, which is its
   * covariance with the global ability (covariances between skills are not kept).
   */
  void followGlobal(int answered, RatingStep step, double globalWithLogit) {
    // LIMITATION: covariances between two skills' own abilities are dropped (only each skill's
    // covariance with the global ability is kept), so a learner's state stays linear in skills.
    for (int slot = 0; slot < size(); slot++) {
      double c = covariance[slot];
      if (slot == answered || c == 0) {
        continue;
      }
      ability[slot] = step.moved(ability[slot], c);
      variance[slot] = step.narrowed(variance[slot], c);
      covariance[slot] = step.narrowed(c, c, globalWithLogit);
    }
  }

  void record(int slot, boolean correct) {
    if (correct) {
      successes[slot]++;
    } else {
      failures[slot]++;
    }
    recent[slot] = Recent.push(recent[slot], correct);
  }

  /** Restores one slot as {@link LearnerStates} read it. */
  void restore(int skill, double[] estimate, int succ, int fail, int bits) {
    int slot = slot(skill, estimate[1]);
    setEstimate(slot, estimate[0], estimate[1], estimate[2]);
    successes[slot] = succ;
    failures[slot] = fail;
    recent[slot] = bits;
  }

  SkillRecords copy() {
    SkillRecords copy = new SkillRecords();
    copy.slots = slots.copy();
    copy.ability = ability.clone();
    copy.variance = variance.clone();
    copy.covariance = covariance.clone();
    copy.successes = successes.clone();
    copy.failures = failures.clone();
    copy.recent = recent.clone();
    return copy;
  }

  private void grow(int capacity) {
    ability = Arrays.copyOf(ability, capacity);
    variance = Arrays.copyOf(variance, capacity);
    covariance = Arrays.copyOf(covariance, capacity);
    successes = Arrays.copyOf(successes, capacity);
    failures = Arrays.copyOf(failures, capacity);
    recent = Arrays.copyOf(recent, capacity);
  }
}
