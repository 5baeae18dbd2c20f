package jp.wlink.course.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LearnerModelTest {
  private static final int SKILL = 3;
  private static final int OTHER_SKILL = 7;
  private static final ItemRef ITEM = new ItemRef(42, SKILL);

  private final LearnerModel model = LearnerModel.untrained(ModelSettings.defaults());

  @Test
  void aCorrectAnswerRaisesTheAbilityAndAWrongOneLowersIt() {
    LearnerState right = model.newLearner();
    LearnerState wrong = model.newLearner();

    model.update(right, ITEM, true);
    model.update(wrong, ITEM, false);

    assertThat(model.estimate(right, SKILL).ability()).isPositive();
    assertThat(model.estimate(wrong, SKILL).ability()).isNegative();
    assertThat(model.predict(right, ITEM)).isGreaterThan(model.predict(wrong, ITEM));
  }

  @Test
  void everyPlacementAnswerShrinksTheUncertainty() {
    LearnerState state = model.newLearner();
    double before = model.uncertainty(state, SKILL);

    for (int i = 0; i < 20; i++) {
      model.update(state, new ItemRef(100 + i, SKILL), i % 3 != 0, AnswerKind.PLACEMENT);
      double after = model.uncertainty(state, SKILL);
      assertThat(after).isLessThan(before);
      before = after;
    }
  }

  @Test
  void practiceLeavesMoreUncertaintyThanAPlacementBecauseLearnersLearn() {
    LearnerState practised = model.newLearner();
    LearnerState placed = model.newLearner();

    for (int i = 0; i < 10; i++) {
      model.update(practised, ITEM, true, AnswerKind.PRACTICE);
      model.update(placed, ITEM, true, AnswerKind.PLACEMENT);
    }

    assertThat(model.uncertainty(practised, SKILL)).isGreaterThan(model.uncertainty(placed, SKILL));
  }

  @Test
  void aCorrectAnswerMakesTheItemLookEasier() {
    double before = model.difficulties().of(ITEM).value();

    model.update(model.newLearner(), ITEM, true);

    assertThat(model.difficulties().of(ITEM).value()).isLessThan(before);
    assertThat(model.difficulties().of(ITEM).variance())
        .isLessThan(
            ModelSettings.defaults().skillDifficultyVariance()
                + ModelSettings.defaults().itemVariance());
  }

  @Test
  void onlyTheFirstAttemptAtAnItemCalibratesIt() {
    LearnerState state = model.newLearner();
    model.update(state, ITEM, true);
    Difficulty afterFirst = model.difficulties().of(ITEM);

    model.update(state, ITEM, true);

    assertThat(model.difficulties().of(ITEM)).isEqualTo(afterFirst);
    model.update(model.newLearner(), ITEM, true);
    assertThat(model.difficulties().of(ITEM).value()).isLessThan(afterFirst.value());
  }

  @Test
  void everyPlacementAnswerCalibratesTheItem() {
    LearnerState state = model.newLearner();
    model.update(state, ITEM, true, AnswerKind.PLACEMENT);
    Difficulty afterFirst = model.difficulties().of(ITEM);

    model.update(state, ITEM, true, AnswerKind.PLACEMENT);

    assertThat(model.difficulties().of(ITEM).value()).isLessThan(afterFirst.value());
  }

  @Test
  void answersAtOneSkillInformTheEstimateAtASkillNeverPractised() {
    LearnerState state = model.newLearner();

    for (int i = 0; i < 8; i++) {
      model.update(state, ITEM, true);
    }

    SkillEstimate unseen = model.estimate(state, OTHER_SKILL);
    assertThat(unseen.ability()).isPositive();
    assertThat(unseen.ability()).isLessThan(model.estimate(state, SKILL).ability());
  }

  @Test
  void masteryRisesWithCorrectAnswersAndFallsWithWrongOnes() {
    LearnerState state = model.newLearner();
    double start = model.mastery(state, SKILL);

    model.update(state, ITEM, true);
    model.update(state, ITEM, true);
    double afterRight = model.mastery(state, SKILL);
    model.update(state, ITEM, false);

    assertThat(afterRight).isGreaterThan(start);
    assertThat(model.mastery(state, SKILL)).isLessThan(afterRight);
  }

  @Test
  void aNewLearnerHasAnEvenChanceAtAnItemOfAverageDifficulty() {
    model.difficulties().calibrate(ItemRef.typical(SKILL), new Difficulty(0, 0.01));

    assertThat(model.mastery(model.newLearner(), SKILL)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aLearnerAboveAnItemsDifficultyIsLikelyToAnswerItCorrectly() {
    model.difficulties().calibrate(ITEM, new Difficulty(-2, 0.01));

    assertThat(model.predict(model.newLearner(), ITEM)).isBetween(0.8, 0.9);
  }

  @Test
  void reopeningWidensTheUncertaintyButKeepsTheEstimate() {
    LearnerState state = model.newLearner();
    for (int i = 0; i < 10; i++) {
      model.update(state, ITEM, true, AnswerKind.PLACEMENT);
    }
    SkillEstimate before = model.estimate(state, SKILL);

    model.reopen(state, SKILL);

    SkillEstimate after = model.estimate(state, SKILL);
    assertThat(after.ability()).isEqualTo(before.ability());
    assertThat(after.variance()).isGreaterThan(before.variance());
  }

  @Test
  void theStateCountsTheAnswers() {
    LearnerState state = model.newLearner();

    model.update(state, ITEM, true);
    model.update(state, ITEM, false);
    model.update(state, new ItemRef(9, OTHER_SKILL), true);

    assertThat(state.answers()).isEqualTo(3);
    assertThat(state.answersAt(SKILL)).isEqualTo(2);
    assertThat(state.successesAt(SKILL)).isEqualTo(1);
    assertThat(state.previousSkill()).isEqualTo(OTHER_SKILL);
    assertThat(state.skills()).containsExactly(SKILL, OTHER_SKILL);
  }
}
