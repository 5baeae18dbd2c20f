package jp.wlink.course.model;

import java.util.List;
import java.util.Objects;

/**
 * The learner model: predicts whether a learner will answer an item correctly, learns from each
 * answer, and says how well a learner masters each skill. It combines a Glicko-style core (a global
 * and a per-skill ability and a calibrated difficulty per item, each with a variance) with a
 * logistic regression over the learner's recent history; the package documentation says why.
 *
 * <p>The model is safe for concurrent use across learners: the weights never change and the shared
 * {@link Difficulties} are synchronised. One learner's state must be updated by one thread at a
 * time.
 */
public final class LearnerModel implements LearnerPredictions {
  private final ModelSettings settings;
  private final Weights weights;
  private final Difficulties difficulties;

  LearnerModel(ModelSettings settings, Weights weights, Difficulties difficulties) {
    this.settings = Objects.requireNonNull(settings);
    this.weights = Objects.requireNonNull(weights);
    this.difficulties = Objects.requireNonNull(difficulties);
  }

  /** A model whose prediction is its core alone, for a course with no answers yet. */
  public static LearnerModel untrained(ModelSettings settings) {
    return new LearnerModel(
        settings,
        Weights.coreOnly(),
        new Difficulties(settings.skillDifficultyVariance(), settings.itemVariance()));
  }

  /**
   * A model of stored weights over difficulties kept elsewhere, such as a calibration shared by
   * every instance of the application through the database.
   */
  public static LearnerModel of(ModelSettings settings, Weights weights, Difficulties shared) {
    return new LearnerModel(settings, weights, shared);
  }

  /** This model's weights over other difficulties. */
  public LearnerModel over(Difficulties shared) {
    return new LearnerModel(settings, weights, shared);
  }

  /**
   * Calibrates the difficulties on the learners' answers and fits the weights on the same answers,
   * each predicted from what came before it. See {@link ModelTraining}.
   */
  public static LearnerModel train(List<AnswerSequence> sequences, ModelSettings settings) {
    return ModelTraining.train(sequences, settings);
  }

  /** The state of a learner the model knows nothing about. */
  public LearnerState newLearner() {
    return new LearnerState(settings.globalVariance(), settings.skillVariance());
  }

  /** The probability that the learner answers the item correctly now. */
  @Override
  public double predict(LearnerState state, ItemRef item) {
    double[] features = new double[Features.ALL.length];
    features(state, item, features);
    return Logistic.sigmoid(weights.logit(features, item.skill()));
  }

  /**
   * How well the learner masters the skill: the probability of a correct answer to a typical item
   * at the skill now.
   */
  @Override
  public double mastery(LearnerState state, int skill) {
    return predict(state, ItemRef.typical(skill));
  }

  /**
   * The ability at the skill (the global ability plus the skill's own) and its variance; for a
   * skill never practised, the global ability with the prior's extra variance.
   */
  @Override
  public SkillEstimate estimate(LearnerState state, int skill) {
    SkillRecords records = state.records();
    int slot = records.find(skill);
    if (slot < 0) {
      return new SkillEstimate(
          state.globalAbility(), state.globalVariance() + state.priorSkillVariance());
    }
    return new SkillEstimate(
        state.globalAbility() + records.ability(slot),
        state.globalVariance() + records.variance(slot) + 2 * records.covariance(slot));
  }

  /** The standard error of the ability at the skill. */
  @Override
  public double uncertainty(LearnerState state, int skill) {
    return estimate(state, skill).standardError();
  }

  /**
   * Learns from a practice answer: see {@link #update(LearnerState, ItemRef, boolean, AnswerKind)}.
   */
  public void update(LearnerState state, ItemRef item, boolean correct) {
    update(state, item, correct, AnswerKind.PRACTICE);
  }

  /**
   * Learns from an answer: moves the learner's abilities (and, on a first attempt at the item or in
   * a placement, the item's difficulty) towards what the answer showed, each by as much as its
   * variance allows, shrinks those variances, and counts the answer in the learner's history.
   * Practice then widens the learner's variances by the drift.
   */
  public void update(LearnerState state, ItemRef item, boolean correct, AnswerKind kind) {
    SkillRecords records = state.records();
    int slot = records.slot(item.skill(), state.priorSkillVariance());
    double global = state.globalVariance();
    double own = records.variance(slot);
    double shared = records.covariance(slot);
    double globalWithLogit = global + shared;
    double ownWithLogit = own + shared;

    RatingStep step =
        difficulties.observe(
            item,
            state.globalAbility() + records.ability(slot),
            globalWithLogit + ownWithLogit,
            correct,
            kind == AnswerKind.PLACEMENT || state.firstAttempt(item));

    records.followGlobal(slot, step, globalWithLogit);
    boolean learning = kind == AnswerKind.PRACTICE;
    state.setGlobal(
        step.moved(state.globalAbility(), globalWithLogit),
        step.narrowed(global, globalWithLogit) + (learning ? settings.globalDrift() : 0));
    records.setEstimate(
        slot,
        step.moved(records.ability(slot), ownWithLogit),
        step.narrowed(own, ownWithLogit) + (learning ? settings.skillDrift() : 0),
        step.narrowed(shared, globalWithLogit, ownWithLogit));
    state.record(slot, item, correct);
  }

  /**
   * Forgets how sure the model was about the learner's ability at the skill but keeps the estimate
   * as a starting point: the skill's own variance returns to the prior's when it had shrunk below
   * it, and its tie to the global ability is dropped. A repeated placement test does this so that
   * its answers can move the estimate as freely as the first test's did.
   */
  public void reopen(LearnerState state, int skill) {
    SkillRecords records = state.records();
    int slot = records.slot(skill, state.priorSkillVariance());
    double widened = Math.max(records.variance(slot), state.priorSkillVariance());
    records.setEstimate(slot, records.ability(slot), widened, 0);
  }

  public ModelSettings settings() {
    return settings;
  }

  public Weights weights() {
    return weights;
  }

  public Difficulties difficulties() {
    return difficulties;
  }

  /** Fills the feature values of an answer-to-be, indexed by ordinal. */
  void features(LearnerState state, ItemRef item, double[] out) {
    SkillEstimate ability = estimate(state, item.skill());
    Difficulty difficulty = difficulties.of(item);
    double core =
        Logistic.marginal(
            ability.ability() - difficulty.value(), ability.variance() + difficulty.variance());
    int slot = state.records().find(item.skill());
    Features.fill(state, slot, item.skill(), core, out);
  }
}
