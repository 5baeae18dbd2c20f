package jp.wlink.course.placement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.course.model.AnswerKind;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.SkillEstimate;

/**
 * One learner's placement test in progress. It asks about the skill whose estimate is least
 * certain, choosing there the unanswered item with the most Fisher information {@code p(1 − p)} at
 * the current estimate (the item whose difficulty is closest to the estimated ability), and stops
 * as {@link PlacementOutcome} lists. Answers update the learner's state as placement answers (no
 * learning assumed between them). A learner may take the test again: starting a test widens the
 * uncertainty of its skills back to the prior, so the new answers count in full.
 *
 * <p>Not safe for concurrent use; one learner answers one item at a time.
 */
public final class PlacementTest {
  private static final Logger LOG = Logger.getLogger(PlacementTest.class.getName());

  private final LearnerModel model;
  private final LearnerState state;
  private final PlacementRules rules;
  private final Map<Integer, List<ItemRef>> unanswered = new LinkedHashMap<>();
  private final Map<Integer, Integer> answersAt = new LinkedHashMap<>();
  private ItemRef asked;
  private int answered;
  private PlacementOutcome outcome;

  private PlacementTest(LearnerModel model, LearnerState state, PlacementRules rules) {
    this.model = model;
    this.state = state;
    this.rules = rules;
  }

  /**
   * Starts a test over the skills of the items in the pool.
   *
   * @param pool the items the test may ask, typically a few per level at each skill placed
   */
  public static PlacementTest start(
      LearnerModel model, LearnerState state, List<ItemRef> pool, PlacementRules rules) {
    PlacementTest test =
        new PlacementTest(
            Objects.requireNonNull(model),
            Objects.requireNonNull(state),
            Objects.requireNonNull(rules));
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("a placement test needs items");
    }
    for (ItemRef item : pool) {
      test.unanswered.computeIfAbsent(item.skill(), s -> new ArrayList<>()).add(item);
      test.answersAt.putIfAbsent(item.skill(), 0);
    }
    test.unanswered.keySet().forEach(skill -> model.reopen(state, skill));
    test.advance();
    return test;
  }

  /** The item to show now, or empty once the test has finished. */
  public Optional<ItemRef> nextItem() {
    return Optional.ofNullable(asked);
  }

  /**
   * Records the answer to the item shown.
   *
   * @throws IllegalStateException when the test has finished
   * @throws IllegalArgumentException when the item is not the one shown
   */
  public void answer(ItemRef item, boolean correct) {
    if (finished()) {
      throw new IllegalStateException("the placement test has finished: " + outcome);
    }
    if (!asked.equals(item)) {
      throw new IllegalArgumentException("answer the item shown: " + asked + ", not " + item);
    }

    model.update(state, item, correct, AnswerKind.PLACEMENT);
    unanswered.get(item.skill()).remove(item);
    answersAt.merge(item.skill(), 1, Integer::sum);
    answered++;

    advance();
  }

  /** Ends the test at the learner's wish; answers already given still count in the model. */
  public void skip() {
    if (!finished()) {
      finish(PlacementOutcome.SKIPPED);
    }
  }

  public boolean finished() {
    return outcome != null;
  }

  public int answered() {
    return answered;
  }

  // LIMITATION: a short test shrinks extreme learners towards the prior (a learner 3 logits above
  // average reads about 1.5 after eight items), so the strongest are placed a level or two low.
  /**
   * The levels the test places the learner at.
   *
   * @throws IllegalStateException while the test is still running
   */
  public PlacementResult result() {
    if (!finished()) {
      throw new IllegalStateException("the placement test is still running");
    }
    if (outcome == PlacementOutcome.SKIPPED) {
      return new PlacementResult(outcome, answered, List.of());
    }
    List<SkillPlacement> placements = new ArrayList<>();
    for (int skill : answersAt.keySet()) {
      SkillEstimate estimate = model.estimate(state, skill);
      int level = rules.levels().level(estimate, model.difficulties().of(ItemRef.typical(skill)));
      placements.add(new SkillPlacement(skill, level, estimate, answersAt.get(skill)));
    }
    return new PlacementResult(outcome, answered, placements);
  }

  private void advance() {
    asked = null;
    if (answered >= rules.maxItems()) {
      finish(PlacementOutcome.ITEM_LIMIT);
      return;
    }
    int skill = leastCertainSkill();
    if (skill >= 0) {
      asked = mostInformative(skill);
    } else {
      finish(allPrecise() ? PlacementOutcome.PRECISE : PlacementOutcome.POOL_EXHAUSTED);
    }
  }

  /** The skill with the largest standard error above the target and items left, or -1. */
  private int leastCertainSkill() {
    int chosen = -1;
    double largest = rules.targetStandardError();
    for (Map.Entry<Integer, List<ItemRef>> entry : unanswered.entrySet()) {
      double error = model.uncertainty(state, entry.getKey());
      if (!entry.getValue().isEmpty() && error > largest) {
        largest = error;
        chosen = entry.getKey();
      }
    }
    return chosen;
  }

  private ItemRef mostInformative(int skill) {
    double ability = model.estimate(state, skill).ability();
    ItemRef best = null;
    double most = -1;
    for (ItemRef item : unanswered.get(skill)) {
      double p = 1 / (1 + Math.exp(-(ability - model.difficulties().of(item).value())));
      double information = p * (1 - p);
      if (information > most) {
        most = information;
        best = item;
      }
    }
    return best;
  }

  private boolean allPrecise() {
    return answersAt.keySet().stream()
        .allMatch(skill -> model.uncertainty(state, skill) <= rules.targetStandardError());
  }

  private void finish(PlacementOutcome reason) {
    asked = null;
    outcome = reason;
    LOG.fine(() -> "Placement test ended (" + reason + ") after " + answered + " answers");
  }
}
