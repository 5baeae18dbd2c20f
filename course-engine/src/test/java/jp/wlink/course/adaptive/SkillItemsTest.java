package jp.wlink.course.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SkillItemsTest {
  private static final Band BAND = new Band(0.70, 0.77, 0.85);

  @Test
  void findsTheItemNearestTheTargetInsideTheBand() {
    SkillItems items = items(5);
    Counting learner = new Counting(0.99, 0.9, 0.79, 0.72, 0.3);

    assertThat(items.closestInBand(BAND, learner, -1)).isEqualTo(2);
  }

  @Test
  void prefersAnItemInsideTheBandToACloserOneOutside() {
    Counting learner = new Counting(0.9, 0.848, 0.695, 0.2);

    assertThat(items(4).closestInBand(BAND, learner, -1)).isEqualTo(1);
  }

  @Test
  void takesTheNearestOutsideTheBandWhenNoneIsInside() {
    assertThat(items(4).closestInBand(BAND, new Counting(0.99, 0.95, 0.5, 0.3), -1)).isEqualTo(1);
    assertThat(items(2).closestInBand(BAND, new Counting(0.4, 0.2), -1)).isEqualTo(0);
    assertThat(items(2).closestInBand(BAND, new Counting(0.99, 0.98), -1)).isEqualTo(1);
  }

  @Test
  void skipsTheExcludedItemEvenWhenItIsTheOnlyOneInTheBand() {
    SkillItems items = items(4);
    Counting learner = new Counting(0.99, 0.77, 0.6, 0.1);

    assertThat(items.closestInBand(BAND, learner, items.id(1))).isEqualTo(2);
  }

  @Test
  void aSkillWithoutAnotherItemHasNoPractice() {
    SkillItems one = items(1);

    assertThat(one.closestInBand(BAND, new Counting(0.8), one.id(0))).isEqualTo(-1);
    assertThat(SkillItems.NONE.closestInBand(BAND, new Counting(), -1)).isEqualTo(-1);
  }

  @Test
  void asksTheLearnerModelAboutLogarithmicallyFewItems() {
    int size = 4096;
    double[] falling = IntStream.range(0, size).mapToDouble(i -> 1 - (i + 0.5) / size).toArray();
    Counting learner = new Counting(falling);

    int index = items(size).closestInBand(BAND, learner, -1);

    assertThat(falling[index]).isBetween(0.769, 0.771);
    assertThat(learner.calls).isLessThan(30);
  }

  /** Items with ids 100, 101, ... and rising difficulty. */
  private static SkillItems items(int count) {
    long[] ids = IntStream.range(0, count).mapToLong(i -> 100 + i).toArray();
    double[] difficulties = IntStream.range(0, count).mapToDouble(i -> i).toArray();
    return new SkillItems(ids, difficulties);
  }

  /** P(correct) by position, counting how often the search asks. */
  private static final class Counting extends LearnerFixture {
    private final double[] probabilities;
    private int calls;

    Counting(double... probabilities) {
      this.probabilities = probabilities;
    }

    @Override
    public double probabilityCorrect(long itemId) {
      calls++;
      return probabilities[(int) (itemId - 100)];
    }

    @Override
    public Optional<StudyGoal> goal() {
      return Optional.empty();
    }
  }
}
