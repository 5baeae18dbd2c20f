package jp.wlink.question.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

class OrderingCreditTest {
  private final Scorer scorer = new Scorer();

  /** The order water passes through a rapid sand filtration plant. */
  private final QuestionContent plant =
      QuestionBuilder.ordering("着水井", "凝集池", "沈殿池", "ろ過池", "配水池").build();

  private double score(Integer... order) {
    return scorer.score(plant, new Response.Ordered(List.of(order))).fraction();
  }

  @Test
  void rightOrderEarnsEverything() {
    assertThat(score(0, 1, 2, 3, 4)).isEqualTo(1.0);
  }

  @Test
  void exactReverseEarnsNothing() {
    assertThat(score(4, 3, 2, 1, 0)).isZero();
  }

  @Test
  void oneItemInTheWrongPlaceLosesOneStep() {
    // Longest ordered subsequence 0,1,2,4 (or 0,1,3,4): L = 4, so (4 - 1) / (5 - 1).
    assertThat(score(0, 1, 3, 2, 4)).isEqualTo(0.75);
    // The last item put first: 0,1,2,3 still ordered, L = 4.
    assertThat(score(4, 0, 1, 2, 3)).isEqualTo(0.75);
  }

  @Test
  void countsOrderedItemsEvenWhenNotAdjacent() {
    // 2,3 then 0,1 then 4: longest ordered subsequence 2,3,4 (or 0,1,4), L = 3 -> 2/4.
    assertThat(score(2, 3, 0, 1, 4)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void responseThatIsNotAnArrangementOfEveryItemEarnsZero() {
    assertThat(score(0, 1, 2, 3)).isZero();
    assertThat(score(0, 1, 2, 3, 3)).isZero();
    assertThat(score(0, 1, 2, 3, 5)).isZero();
  }

  @Test
  void singleItemIsRightOnlyInItsPlace() {
    assertThat(OrderingCredit.fraction(1, List.of(0))).isEqualTo(1.0);
    assertThat(OrderingCredit.fraction(1, List.of())).isZero();
    assertThat(OrderingCredit.fraction(0, List.of())).isZero();
  }
}
