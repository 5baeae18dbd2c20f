package jp.wlink.course.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.ModelSettings;
import org.junit.jupiter.api.Test;

class PlacementTestTest {
  private static final int SKILLS = 2;
  private static final int PER_SKILL = 9;

  private final LearnerModel model = LearnerModel.untrained(ModelSettings.defaults());
  private final List<ItemRef> pool = calibratedPool();

  /** Items at difficulties −2, −1.5 … +2 at each skill; ids 100 × skill + position. */
  private List<ItemRef> calibratedPool() {
    List<ItemRef> items = new ArrayList<>();
    for (int skill = 0; skill < SKILLS; skill++) {
      model.difficulties().calibrate(ItemRef.typical(skill), new Difficulty(0, 0.01));
      for (int i = 0; i < PER_SKILL; i++) {
        ItemRef item = new ItemRef(100L * skill + i + 1, skill);
        model.difficulties().calibrate(item, new Difficulty(-2 + 0.5 * i, 0.01));
        items.add(item);
      }
    }
    return items;
  }

  private PlacementTest start(LearnerState state, int maxItems, double targetError) {
    return start(state, pool, maxItems, targetError);
  }

  private PlacementTest start(
      LearnerState state, List<ItemRef> items, int maxItems, double targetError) {
    return PlacementTest.start(
        model, state, items, new PlacementRules(maxItems, targetError, LevelScale.defaults()));
  }

  private double difficulty(ItemRef item) {
    return model.difficulties().of(item).value();
  }

  @Test
  void firstAsksTheItemWhoseDifficultyIsClosestToTheEstimate() {
    PlacementTest test = start(model.newLearner(), 10, 0);

    assertThat(difficulty(test.nextItem().orElseThrow())).isZero();
  }

  @Test
  void asksAHarderItemAfterACorrectAnswerAndAnEasierOneAfterAWrongOne() {
    List<ItemRef> firstSkill = pool.subList(0, PER_SKILL);
    PlacementTest right = start(model.newLearner(), firstSkill, 10, 0);
    PlacementTest wrong = start(model.newLearner(), firstSkill, 10, 0);
    ItemRef first = right.nextItem().orElseThrow();

    right.answer(first, true);
    wrong.answer(wrong.nextItem().orElseThrow(), false);

    ItemRef afterRight = right.nextItem().orElseThrow();
    ItemRef afterWrong = wrong.nextItem().orElseThrow();
    assertThat(difficulty(afterRight)).isGreaterThan(0).isGreaterThan(difficulty(afterWrong));
    assertThat(difficulty(afterWrong)).isLessThan(0);
  }

  @Test
  void asksAboutTheLeastCertainSkill() {
    PlacementTest test = start(model.newLearner(), 10, 0);
    ItemRef first = test.nextItem().orElseThrow();

    test.answer(first, true);

    assertThat(test.nextItem().orElseThrow().skill()).isNotEqualTo(first.skill());
  }

  @Test
  void stopsAtTheItemLimit() {
    PlacementTest test = start(model.newLearner(), 5, 0);

    answerAll(test, new Random(1), 0);

    assertThat(test.answered()).isEqualTo(5);
    assertThat(test.result().outcome()).isEqualTo(PlacementOutcome.ITEM_LIMIT);
  }

  @Test
  void stopsOnceEverySkillIsPreciseEnough() {
    PlacementTest test = start(model.newLearner(), 18, 0.65);

    answerAll(test, new Random(2), 0);

    PlacementResult result = test.result();
    assertThat(result.outcome()).isEqualTo(PlacementOutcome.PRECISE);
    assertThat(result.answered()).isLessThan(18);
    assertThat(result.skills()).allMatch(p -> p.estimate().standardError() <= 0.65);
  }

  @Test
  void stopsWhenThePoolRunsOut() {
    PlacementTest test = start(model.newLearner(), 100, 0);

    answerAll(test, new Random(3), 0);

    assertThat(test.result().outcome()).isEqualTo(PlacementOutcome.POOL_EXHAUSTED);
    assertThat(test.answered()).isEqualTo(SKILLS * PER_SKILL);
  }

  @Test
  void placesAStrongLearnerHigherThanAWeakOne() {
    PlacementTest strong = start(model.newLearner(), 16, 0);
    PlacementTest weak = start(model.newLearner(), 16, 0);

    answerAll(strong, new Random(4), 3);
    answerAll(weak, new Random(4), -3);

    assertThat(strong.result().skills()).allMatch(p -> p.level() >= 3);
    assertThat(weak.result().skills()).allMatch(p -> p.level() == 1);
  }

  @Test
  void skippingPlacesNothingButKeepsTheAnswersGiven() {
    LearnerState state = model.newLearner();
    PlacementTest test = start(state, 10, 0);
    test.answer(test.nextItem().orElseThrow(), true);

    test.skip();

    assertThat(test.finished()).isTrue();
    assertThat(test.nextItem()).isEmpty();
    assertThat(test.result().skipped()).isTrue();
    assertThat(test.result().skills()).isEmpty();
    assertThat(state.answers()).isEqualTo(1);
  }

  @Test
  void refusesAnAnswerToAnItemNotShown() {
    PlacementTest test = start(model.newLearner(), 10, 0);
    ItemRef shown = test.nextItem().orElseThrow();
    ItemRef other = pool.stream().filter(i -> !i.equals(shown)).findFirst().orElseThrow();

    assertThatThrownBy(() -> test.answer(other, true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAResultBeforeTheEnd() {
    PlacementTest test = start(model.newLearner(), 10, 0);

    assertThatThrownBy(test::result).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRepeatedTestStartsFromThePreviousEstimateWithTheUncertaintyWidened() {
    LearnerState state = model.newLearner();
    PlacementTest first = start(state, 12, 0);
    answerAll(first, new Random(5), 1.5);
    double ability = model.estimate(state, 0).ability();
    double error = model.uncertainty(state, 0);

    PlacementTest again = start(state, 12, 0);

    assertThat(model.estimate(state, 0).ability()).isEqualTo(ability);
    assertThat(model.uncertainty(state, 0)).isGreaterThan(error);
    assertThat(difficulty(again.nextItem().orElseThrow())).isPositive();
  }

  /** Answers every item asked as a learner of the given ability at both skills would. */
  private void answerAll(PlacementTest test, Random random, double ability) {
    for (ItemRef item = test.nextItem().orElse(null);
        item != null;
        item = test.nextItem().orElse(null)) {
      double p = 1 / (1 + Math.exp(-(ability - difficulty(item))));
      test.answer(item, random.nextDouble() < p);
    }
  }
}
