package jp.wlink.course.model;

/**
 * Everything the learner model keeps about one learner: a global ability shared by all skills; per
 * skill an ability on top of it, its covariance with the global one, counts of correct and wrong
 * answers and the last answers; and which items the learner has answered. Primitive fields and
 * arrays only, so {@link LearnerStates} writes it in 40 bytes a skill and 8 an item.
 *
 * <p>Only {@link LearnerModel} changes a state. A state belongs to one learner and is not safe for
 * concurrent use; callers serialise the answers of one learner, as they arrive one at a time.
 */
public final class LearnerState {
  private final double priorSkillVariance;
  private double globalAbility;
  private double globalVariance;
  private int successes;
  private int failures;
  private int recent;
  private int previousSkill = -1;
  private SkillRecords skills = new SkillRecords();
  private SlotTable items = new SlotTable(8);

  LearnerState(double priorGlobalVariance, double priorSkillVariance) {
    this.globalVariance = priorGlobalVariance;
    this.priorSkillVariance = priorSkillVariance;
  }

  /** How many answers the model has seen from this learner. */
  public int answers() {
    return successes + failures;
  }

  /** How many answers at the skill the model has seen from this learner. */
  public int answersAt(int skill) {
    int slot = skills.find(skill);
    return slot < 0 ? 0 : skills.successes(slot) + skills.failures(slot);
  }

  /** How many of those answers were correct. */
  public int successesAt(int skill) {
    int slot = skills.find(skill);
    return slot < 0 ? 0 : skills.successes(slot);
  }

  /** The skill of the latest answer, or -1 before the first. */
  public int previousSkill() {
    return previousSkill;
  }

  /** The skills this learner has answered at, in the order first met. */
  public int[] skills() {
    int[] seen = new int[skills.size()];
    for (int slot = 0; slot < seen.length; slot++) {
      seen[slot] = skills.skill(slot);
    }
    return seen;
  }

  /** An independent copy, for what-if questions such as a simulated answer. */
  public LearnerState copy() {
    LearnerState copy = new LearnerState(globalVariance, priorSkillVariance);
    copy.globalAbility = globalAbility;
    copy.successes = successes;
    copy.failures = failures;
    copy.recent = recent;
    copy.previousSkill = previousSkill;
    copy.skills = skills.copy();
    copy.items = items.copy();
    return copy;
  }

  double priorSkillVariance() {
    return priorSkillVariance;
  }

  double globalAbility() {
    return globalAbility;
  }

  double globalVariance() {
    return globalVariance;
  }

  void setGlobal(double ability, double variance) {
    globalAbility = ability;
    globalVariance = variance;
  }

  int successes() {
    return successes;
  }

  int failures() {
    return failures;
  }

  int recent() {
    return recent;
  }

  SkillRecords records() {
    return skills;
  }

  /** The items answered at least once, by slot. */
  SlotTable answeredItems() {
    return items;
  }

  /** Whether the learner has never answered the item (for a typical item: the skill). */
  boolean firstAttempt(ItemRef item) {
    if (item.isTypical()) {
      return answersAt(item.skill()) == 0;
    }
    return items.find(item.item()) < 0;
  }

  /** Counts the answer in the learner's history (the estimates are changed separately). */
  void record(int slot, ItemRef item, boolean correct) {
    if (!item.isTypical() && items.find(item.item()) < 0) {
      items.add(item.item());
    }
    skills.record(slot, correct);
    if (correct) {
      successes++;
    } else {
      failures++;
    }
    recent = Recent.push(recent, correct);
    previousSkill = skills.skill(slot);
  }

  /** Restores the global history as {@link LearnerStates} read it. */
  void restore(double ability, int succ, int fail, int bits, int previous) {
    globalAbility = ability;
    successes = succ;
    failures = fail;
    recent = bits;
    previousSkill = previous;
  }
}
