package jp.wlink.question.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PassRuleTest {
  /** 給水装置工事主任技術者: 6 core subjects ≥ 27, all 8 ≥ 40, each ≥ its minimum. */
  private static final PassRule KYUSUI =
      new PassRule(
          Optional.of(Threshold.correct(40)),
          Optional.of(Threshold.correct(27)),
          List.of(
              subject("公衆衛生概論", 3, 1, true),
              subject("水道行政", 6, 2, true),
              subject("給水装置工事法", 10, 4, true),
              subject("給水装置の構造及び性能", 10, 4, true),
              subject("給水装置計画論", 6, 2, true),
              subject("給水装置工事事務論", 5, 2, true),
              subject("給水装置の概要", 15, 5, false),
              subject("給水装置施工管理法", 5, 2, false)));

  @Test
  void passesWithExactlyFortyOverallAndTwentySevenInTheCore() {
    PassResult result = KYUSUI.evaluate(scores(2, 4, 7, 7, 4, 3, 10, 3));

    assertThat(result.points()).isEqualTo(40.0);
    assertThat(result.possible()).isEqualTo(60);
    assertThat(result.passed()).isTrue();
    assertThat(result.subjects()).allMatch(SubjectOutcome::passed);
  }

  @Test
  void failsAtThirtyNineOverallThoughEverySubjectMeetsItsMinimum() {
    PassResult result = KYUSUI.evaluate(scores(2, 4, 7, 7, 4, 3, 9, 3));

    assertThat(result.passed()).isFalse();
    assertThat(result.subjects()).allMatch(SubjectOutcome::passed);
    assertThat(result.reasons())
        .containsExactly(new FailReason(FailReason.OVERALL_BELOW_MINIMUM, List.of(39.0, 40.0)));
  }

  @Test
  void failsWhenOneSubjectIsBelowItsMinimumWhateverTheTotal() {
    PassResult result = KYUSUI.evaluate(scores(0, 6, 10, 10, 6, 5, 15, 5));

    assertThat(result.points()).isEqualTo(57.0);
    assertThat(result.passed()).isFalse();
    assertThat(result.subjects().get(0).passed()).isFalse();
    assertThat(result.subjects().subList(1, 8)).allMatch(SubjectOutcome::passed);
    assertThat(result.reasons())
        .containsExactly(
            new FailReason(FailReason.SUBJECT_BELOW_MINIMUM, List.of("公衆衛生概論", 0.0, 1)));
  }

  @Test
  void failsWhenTheCoreSumIsTwentySixEvenWithFortyOverall() {
    PassResult result = KYUSUI.evaluate(scores(1, 4, 7, 7, 4, 3, 11, 3));

    assertThat(result.points()).isEqualTo(40.0);
    assertThat(result.reasons())
        .containsExactly(new FailReason(FailReason.CORE_BELOW_MINIMUM, List.of(26.0, 27.0)));
  }

  @Test
  void partialCreditJustShortOfTheMinimumDoesNotRoundUp() {
    List<SubjectScore> scores = new ArrayList<>(scores(2, 4, 7, 7, 4, 3, 11, 3));
    scores.set(0, new SubjectScore("公衆衛生概論", 0.999, 3));

    PassResult result = KYUSUI.evaluate(scores);

    assertThat(result.subjects().get(0).passed()).isFalse();
    assertThat(result.passed()).isFalse();
  }

  @Test
  void countsAMissingSubjectAsZeroOfItsQuestions() {
    PassResult result = KYUSUI.evaluate(scores(2, 4, 7, 7, 4, 3, 10, 3).subList(0, 7));

    assertThat(result.possible()).isEqualTo(60);
    assertThat(result.subjects().get(7).points()).isZero();
    assertThat(result.reasons())
        .extracting(FailReason::key)
        .containsExactly(FailReason.SUBJECT_BELOW_MINIMUM, FailReason.OVERALL_BELOW_MINIMUM);
  }

  @Test
  void percentMinimumIsTakenOfThePossiblePoints() {
    PassRule sixtyPercent =
        new PassRule(
            Optional.of(Threshold.percent(60)),
            Optional.empty(),
            List.of(new SubjectRule("法規", 10, OptionalInt.empty(), false)));

    assertThat(sixtyPercent.evaluate(List.of(new SubjectScore("法規", 6, 10))).passed()).isTrue();
    assertThat(sixtyPercent.evaluate(List.of(new SubjectScore("法規", 5.5, 10))).reasons())
        .containsExactly(new FailReason(FailReason.OVERALL_BELOW_MINIMUM, List.of(5.5, 6.0)));
  }

  private static SubjectRule subject(String name, int count, int minimum, boolean core) {
    return new SubjectRule(name, count, OptionalInt.of(minimum), core);
  }

  private static List<SubjectScore> scores(int... correct) {
    List<SubjectScore> scores = new ArrayList<>();
    for (int i = 0; i < correct.length; i++) {
      SubjectRule rule = KYUSUI.subjects().get(i);
      scores.add(new SubjectScore(rule.name(), correct[i], rule.questionCount()));
    }
    return scores;
  }
}
