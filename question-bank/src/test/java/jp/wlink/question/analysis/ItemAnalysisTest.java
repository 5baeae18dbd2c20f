package jp.wlink.question.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.scoring.Score;
import jp.wlink.question.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {
  private static final long Q1 = 1;
  private static final long Q2 = 2;
  private static final long Q3 = 3;
  private static final long FILLER = 99;

  private final ItemAnalysis analysis = new ItemAnalysis();

  /** Q1: single choice, option 0 keyed right, 1 and 2 wrong. */
  private final AnalysedQuestion chlorine =
      AnalysedQuestion.of(
          Q1,
          QuestionBuilder.singleChoice()
              .choice("次亜塩素酸ナトリウム", 1)
              .choice("PAC", 0)
              .choice("活性炭", 0)
              .build());

  private static AnalysedQuestion plain(long id) {
    return new AnalysedQuestion(id, "Q" + id, QuestionType.SHORT_ANSWER, 0, Set.of());
  }

  private static ItemResponse answer(long attempt, long question, double fraction) {
    return new ItemResponse(attempt, question, fraction, Set.of());
  }

  private static ItemResponse picked(long attempt, int option, double fraction) {
    return new ItemResponse(attempt, Q1, fraction, Set.of(option));
  }

  /*
   * attempt  Q1 (option)  Q2  Q3  total
   *    1       1 (0)      1   1    3
   *    2       1 (0)      1   0    2
   *    3       1 (0)      0   1    2
   *    4       0 (1)      1   0    1
   *    5       0 (1)      0   0    0
   *
   * Q1: x = 1,1,1,0,0; rest = total - x = 2,1,1,1,0. mean x = 0.6, mean rest = 1.0.
   *   dx = .4,.4,.4,-.6,-.6; dy = 1,0,0,0,-1.
   *   Σdx·dy = .4 + .6 = 1.0; Σdx² = 3(.16) + 2(.36) = 1.2; Σdy² = 2.
   *   r = 1.0 / √(1.2 × 2) = 1 / √2.4 = 0.6454972243679028.
   * Q2: x = 1,1,0,1,0; rest = 2,1,2,0,0; dx = .4,.4,-.6,.4,-.6; dy = 1,0,1,-1,-1.
   *   Σdx·dy = .4 - .6 - .4 + .6 = 0, so r = 0.
   * Q3: x = 1,0,1,0,0; rest = 2,2,1,1,0; dx = .6,-.4,.6,-.4,-.4; dy = .8,.8,-.2,-.2,-1.2.
   *   Σdx·dy = .48 - .32 - .12 + .08 + .48 = .6; Σdx² = 1.2; Σdy² = 2.8.
   *   r = .6 / √3.36 = 0.32732683535398854.
   */
  private final List<ItemResponse> fiveAttempts =
      Stream.of(
              attempt(1, 0, 1, 1, 1),
              attempt(2, 0, 1, 1, 0),
              attempt(3, 0, 1, 0, 1),
              attempt(4, 1, 0, 1, 0),
              attempt(5, 1, 0, 0, 0))
          .flatMap(List::stream)
          .toList();

  private static List<ItemResponse> attempt(
      long attempt, int option, double q1, double q2, double q3) {
    return List.of(picked(attempt, option, q1), answer(attempt, Q2, q2), answer(attempt, Q3, q3));
  }

  @Test
  void computesFacilityAndCorrectedPointBiserialByHand() {
    List<ItemStatistics> items =
        analysis.analyse(List.of(chlorine, plain(Q2), plain(Q3)), fiveAttempts);

    assertThat(items.get(0).facility().getAsDouble()).isCloseTo(0.6, within(1e-9));
    assertThat(items.get(0).discrimination().getAsDouble())
        .isCloseTo(0.6454972243679028, within(1e-9));
    assertThat(items.get(1).discrimination().getAsDouble()).isCloseTo(0.0, within(1e-9));
    assertThat(items.get(2).facility().getAsDouble()).isCloseTo(0.4, within(1e-9));
    assertThat(items.get(2).discrimination().getAsDouble())
        .isCloseTo(0.32732683535398854, within(1e-9));
  }

  @Test
  void countsHowOftenEachOptionWasPicked() {
    ItemStatistics q1 = analysis.analyse(List.of(chlorine), fiveAttempts).get(0);

    assertThat(q1.responses()).isEqualTo(5);
    assertThat(q1.picks()).containsExactly(3, 2, 0);
  }

  @Test
  void flagsAFewResponsesAnUnpickedDistractorAndLowDiscrimination() {
    List<ItemStatistics> items = analysis.analyse(List.of(chlorine, plain(Q2)), fiveAttempts);

    assertThat(items.get(0).flags())
        .containsExactly(WeakItemFlag.FEW_RESPONSES, WeakItemFlag.UNPICKED_DISTRACTOR);
    assertThat(items.get(1).flags())
        .containsExactly(WeakItemFlag.FEW_RESPONSES, WeakItemFlag.LOW_DISCRIMINATION);
  }

  @Test
  void flagsAWrongOptionTheStrongestPickMoreThanTheKey() {
    // Ten attempts; the three strongest on the rest of the test all pick wrong option 1.
    List<ItemResponse> responses = new ArrayList<>();
    for (int attempt = 1; attempt <= 10; attempt++) {
      responses.add(answer(attempt, FILLER, 1.0 - attempt / 10.0));
      responses.add(attempt <= 3 ? picked(attempt, 1, 0) : picked(attempt, 0, 1));
    }

    ItemStatistics q1 = analysis.analyse(List.of(chlorine), responses).get(0);

    assertThat(q1.facility().getAsDouble()).isCloseTo(0.7, within(1e-9));
    assertThat(q1.flags())
        .containsExactly(
            WeakItemFlag.LOW_DISCRIMINATION,
            WeakItemFlag.UNPICKED_DISTRACTOR,
            WeakItemFlag.DISTRACTOR_BEATS_KEY);
  }

  @Test
  void flagsQuestionsEveryoneOrNoOneAnswersRight() {
    List<ItemResponse> responses = new ArrayList<>();
    for (int attempt = 1; attempt <= 10; attempt++) {
      responses.add(answer(attempt, Q2, 1));
      responses.add(answer(attempt, Q3, 0));
      responses.add(answer(attempt, FILLER, attempt / 10.0));
    }

    List<ItemStatistics> items = analysis.analyse(List.of(plain(Q2), plain(Q3)), responses);

    assertThat(items.get(0).flags()).containsExactly(WeakItemFlag.TOO_EASY);
    assertThat(items.get(1).flags()).containsExactly(WeakItemFlag.TOO_HARD);
    assertThat(items.get(0).discrimination()).isEmpty();
  }

  @Test
  void countsTrueFalseAnswersAsTwoOptionsWithoutDistractorFlags() {
    AnalysedQuestion question = AnalysedQuestion.of(Q1, QuestionBuilder.trueFalse(true).build());
    List<ItemResponse> responses = new ArrayList<>();
    for (int attempt = 1; attempt <= 10; attempt++) {
      Response given = new Response.TrueFalse(true);
      responses.add(ItemResponse.of(attempt, Q1, Score.of(1), given));
      responses.add(answer(attempt, FILLER, attempt % 2));
    }

    ItemStatistics item = analysis.analyse(List.of(question), responses).get(0);

    assertThat(item.picks()).containsExactly(10, 0);
    assertThat(item.flags()).containsExactly(WeakItemFlag.TOO_EASY);
  }

  @Test
  void onlyAttemptsThatMetTheQuestionCount() {
    List<ItemResponse> responses =
        List.of(answer(1, Q2, 1), answer(2, Q2, 0), answer(3, Q3, 1), answer(3, FILLER, 1));

    ItemStatistics q2 = analysis.analyse(List.of(plain(Q2)), responses).get(0);

    assertThat(q2.responses()).isEqualTo(2);
    assertThat(q2.facility().getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void questionNobodyMetHasNoFigures() {
    ItemStatistics q1 = analysis.analyse(List.of(chlorine), List.of()).get(0);

    assertThat(q1.facility()).isEmpty();
    assertThat(q1.discrimination()).isEmpty();
    assertThat(q1.picks()).containsExactly(0, 0, 0);
    assertThat(q1.flags()).containsExactly(WeakItemFlag.FEW_RESPONSES);
  }

  @Test
  void refusesAnAttemptThatAnswersAQuestionTwice() {
    List<ItemResponse> twice = List.of(answer(1, Q2, 1), answer(1, Q2, 0));

    assertThatThrownBy(() -> analysis.analyse(List.of(plain(Q2)), twice))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnEssayThatAwaitsGrading() {
    assertThatThrownBy(() -> ItemResponse.of(1, Q1, Score.AWAITING_GRADING, new Response.Text("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
