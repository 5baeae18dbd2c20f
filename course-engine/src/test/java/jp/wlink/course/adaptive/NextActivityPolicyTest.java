package jp.wlink.course.adaptive;

import static jp.wlink.course.adaptive.CourseFixture.COAGULATION;
import static jp.wlink.course.adaptive.CourseFixture.COAGULATION_LESSON;
import static jp.wlink.course.adaptive.CourseFixture.DISINFECTION;
import static jp.wlink.course.adaptive.CourseFixture.DISINFECTION_LESSON;
import static jp.wlink.course.adaptive.CourseFixture.FILTRATION;
import static jp.wlink.course.adaptive.CourseFixture.FILTRATION_LESSON;
import static jp.wlink.course.adaptive.CourseFixture.MIXING;
import static jp.wlink.course.adaptive.CourseFixture.MIXING_LESSON;
import static jp.wlink.course.adaptive.CourseFixture.UNIT_ONE_CHECKPOINT;
import static jp.wlink.course.adaptive.LearnerFixture.learner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.wlink.course.review.MemoryModel;
import org.junit.jupiter.api.Test;

class NextActivityPolicyTest {
  /** 10:00 in Tokyo on 1 June 2026. */
  private static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private final CourseMap course = CourseFixture.waterTreatment();
  private final NextActivityPolicy policy = NextActivityPolicy.defaults();

  @Test
  void aNewLearnerStartsWithTheFirstLessonWithoutPrerequisites() {
    NextActivity next = policy.nextActivity(course, learner(), NOW);

    assertThat(next)
        .isEqualTo(
            activity(
                ActivityKind.LESSON,
                MIXING_LESSON,
                Reason.NEW_LESSON_PREREQUISITE_MASTERED,
                MIXING));
  }

  @Test
  void anOverdueReviewComesBeforeAnOpenLesson() {
    LearnerFixture learner = learner().reviewingDue(503, MIXING, NOW, 3);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next).isEqualTo(activity(ActivityKind.REVIEW, 503, Reason.REVIEW_DUE, MIXING, 3L));
  }

  @Test
  void aReviewNotYetDueWaits() {
    LearnerFixture learner =
        learner().reviewing(503, MIXING, 10, NOW.minus(Duration.ofDays(2)), NOW.plusSeconds(60));

    assertThat(policy.nextActivity(course, learner, NOW).kind()).isEqualTo(ActivityKind.LESSON);
  }

  @Test
  void theDueReviewMostLikelyForgottenComesFirst() {
    Instant weekAgo = NOW.minus(Duration.ofDays(7));
    LearnerFixture learner =
        learner()
            .reviewing(501, MIXING, 7, weekAgo, NOW.minus(Duration.ofDays(1)))
            .reviewing(502, MIXING, 2, weekAgo, NOW.minus(Duration.ofHours(1)));

    assertThat(policy.nextActivity(course, learner, NOW).targetId()).isEqualTo(502);
  }

  @Test
  void practiceChoosesTheItemPredictedInTheSuccessBand() {
    LearnerFixture learner = mixingStudied(0.5, 0.97, 0.92, 0.81, 0.6, 0.4);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next)
        .isEqualTo(activity(ActivityKind.PRACTICE, 503, Reason.PRACTICE_AT_LEVEL, MIXING, 81L));
  }

  @Test
  void practiceTakesTheItemClosestToTheTargetWhenNoneIsInTheBand() {
    LearnerFixture learner = mixingStudied(0.5, 0.99, 0.95, 0.5, 0.3, 0.1);

    assertThat(policy.nextActivity(course, learner, NOW).targetId()).isEqualTo(502);
  }

  @Test
  void practiceGoesToAWeakSkillWithAnItemInTheBandBeforeTheWeakestWithout() {
    LearnerFixture learner =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON)
            .mastering(MIXING, 0.3)
            .mastering(COAGULATION, 0.5)
            .predicting(501, 0.6)
            .predicting(502, 0.5)
            .predicting(601, 0.9)
            .predicting(602, 0.78)
            .predicting(603, 0.6)
            .passed(UNIT_ONE_CHECKPOINT);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.targetId()).isEqualTo(602);
    assertThat(next.arguments()).containsExactly(COAGULATION, 78L);
  }

  @Test
  void theSameItemIsNeverChosenTwiceInARow() {
    LearnerFixture learner = mixingStudied(0.5, 0.97, 0.92, 0.81, 0.74, 0.4);

    assertThat(policy.nextActivity(course, learner, NOW).targetId()).isEqualTo(504);
    assertThat(policy.nextActivity(course, learner.lastShown(504), NOW).targetId()).isEqualTo(503);
  }

  @Test
  void aDueReviewOfTheLastItemShownWaitsForTheNextChoice() {
    LearnerFixture learner =
        mixingStudied(0.5, 0.97, 0.92, 0.81, 0.74, 0.4)
            .reviewingDue(505, MIXING, NOW, 2)
            .lastShown(505);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.PRACTICE);
    assertThat(next.targetId()).isEqualTo(504);
  }

  @Test
  void aLessonWaitsUntilItsPrerequisiteIsMastered() {
    LearnerFixture unmastered = mixingStudied(0.6, 0.97, 0.92, 0.81, 0.74, 0.4);
    LearnerFixture mastered = learner().done(MIXING_LESSON).mastering(MIXING, 0.85);

    assertThat(policy.nextActivity(course, unmastered, NOW).kind())
        .isEqualTo(ActivityKind.PRACTICE);
    NextActivity next = policy.nextActivity(course, mastered, NOW);
    assertThat(next.targetId()).isEqualTo(COAGULATION_LESSON);
    assertThat(next.reason()).isEqualTo(Reason.NEW_LESSON_PREREQUISITE_MASTERED);
  }

  @Test
  void aNewLessonComesWhileFewerSkillsThanTheLimitAreInProgress() {
    LearnerFixture learner =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON)
            .mastering(MIXING, 0.9)
            .mastering(COAGULATION, 0.82)
            .passed(UNIT_ONE_CHECKPOINT)
            .atLevel(2);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.LESSON);
    assertThat(next.targetId()).isEqualTo(FILTRATION_LESSON);
  }

  @Test
  void practiceComesBeforeANewLessonOnceTheLimitIsReached() {
    LearnerFixture learner =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON, FILTRATION_LESSON)
            .mastering(MIXING, 0.9)
            .mastering(COAGULATION, 0.82)
            .mastering(FILTRATION, 0.3)
            .passed(UNIT_ONE_CHECKPOINT)
            .atLevel(2);

    NextActivity next = policy(1, 2.0).nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.PRACTICE);
    assertThat(next.arguments()).first().isEqualTo(FILTRATION);
    assertThat(policy.nextActivity(course, learner, NOW).targetId()).isEqualTo(DISINFECTION_LESSON);
  }

  @Test
  void lessonsAboveTheLearnersLevelWait() {
    LearnerFixture learner =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON)
            .mastering(MIXING, 0.9)
            .mastering(COAGULATION, 0.6);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.PRACTICE);
    assertThat(next.arguments()).first().isEqualTo(COAGULATION);
  }

  @Test
  void masteringTheLevelEarnsAPromotion() {
    LearnerFixture learner =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON)
            .mastering(MIXING, 0.9)
            .mastering(COAGULATION, 0.8);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next).isEqualTo(activity(ActivityKind.PROMOTION, 2, Reason.PROMOTION, 1, 2));
  }

  @Test
  void aUnitsCheckpointComesWhenItsLessonsAreDoneAndItsSkillsReady() {
    LearnerFixture ready =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON)
            .mastering(MIXING, 0.82)
            .mastering(COAGULATION, 0.72);

    NextActivity next = policy.nextActivity(course, ready, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.CHECKPOINT);
    assertThat(next.targetId()).isEqualTo(UNIT_ONE_CHECKPOINT);
    assertThat(next.arguments()).containsExactly(72L);
    assertThat(policy.nextActivity(course, ready.passed(UNIT_ONE_CHECKPOINT), NOW).kind())
        .isEqualTo(ActivityKind.PRACTICE);
  }

  @Test
  void nearTheExamTheCertificationsReviewsComeFirst() {
    LearnerFixture learner =
        everythingStudied()
            .reviewingDue(501, MIXING, NOW, 10)
            .reviewingDue(801, DISINFECTION, NOW, 1)
            .aiming("下水道技術検定第3種", TODAY.plusDays(7), DISINFECTION);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.targetId()).isEqualTo(801);
    assertThat(next.reason()).isEqualTo(Reason.REVIEW_DUE);
  }

  @Test
  void nearTheExamPracticeOnItsSkillsComesBeforeOtherLessons() {
    LearnerFixture learner =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON, DISINFECTION_LESSON)
            .mastering(MIXING, 0.9)
            .mastering(COAGULATION, 0.85)
            .mastering(DISINFECTION, 0.4)
            .passed(UNIT_ONE_CHECKPOINT)
            .atLevel(2)
            .aiming("下水道技術検定第3種", TODAY.plusDays(7), DISINFECTION, COAGULATION);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.PRACTICE);
    assertThat(next.reason()).isEqualTo(Reason.PRACTICE_FOR_EXAM);
    assertThat(next.arguments()).containsExactly(DISINFECTION, 7L, 1.0);
  }

  @Test
  void nearTheExamANewLearnerStartsWithALessonOnItsSkills() {
    LearnerFixture learner = learner().aiming("下水道技術検定第3種", TODAY.plusDays(7), MIXING);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next)
        .isEqualTo(
            activity(ActivityKind.LESSON, MIXING_LESSON, Reason.NEW_LESSON_FOR_EXAM, MIXING, 7L));
  }

  @Test
  void farFromTheExamTheUsualOrderHolds() {
    LearnerFixture learner =
        learner()
            .done(MIXING_LESSON, COAGULATION_LESSON, DISINFECTION_LESSON)
            .mastering(MIXING, 0.9)
            .mastering(COAGULATION, 0.85)
            .mastering(DISINFECTION, 0.4)
            .passed(UNIT_ONE_CHECKPOINT)
            .atLevel(2)
            .aiming("下水道技術検定第3種", TODAY.plusDays(120), DISINFECTION);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.LESSON);
    assertThat(next.targetId()).isEqualTo(FILTRATION_LESSON);
  }

  @Test
  void theRequiredPaceCountsUnmasteredSkillsOverTheDaysLeft() {
    LearnerFixture learner =
        learner()
            .mastering(MIXING, 0.9)
            .aiming("水道技術管理者", TODAY.plusDays(21), MIXING, COAGULATION, FILTRATION, "法規");

    ExamPace pace = policy.pace(course, learner, NOW).orElseThrow();

    assertThat(pace.daysToExam()).isEqualTo(21);
    assertThat(pace.skillsRemaining()).isEqualTo(2);
    assertThat(pace.skillsPerWeek()).isEqualTo(2 * 7.0 / 21);
    assertThat(pace.focus()).isFalse();
  }

  @Test
  void aPaceAboveTheComfortableOneBringsTheExamIntoFocusEarly() {
    LearnerFixture learner =
        learner().aiming("水道技術管理者", TODAY.plusDays(20), MIXING, COAGULATION, FILTRATION);

    ExamPace relaxed = policy(2, 2.0).pace(course, learner, NOW).orElseThrow();
    ExamPace pressed = policy(2, 1.0).pace(course, learner, NOW).orElseThrow();

    assertThat(relaxed.skillsPerWeek()).isEqualTo(3 * 7.0 / 20);
    assertThat(relaxed.focus()).isFalse();
    assertThat(pressed.focus()).isTrue();
  }

  @Test
  void aPassedExamDateSetsNoPace() {
    LearnerFixture learner = learner().aiming("水道技術管理者", TODAY.minusDays(1), MIXING);

    assertThat(policy.pace(course, learner, NOW)).isEmpty();
  }

  @Test
  void withItsSkillsMasteredTheExamsReviewsDueBeforeItComeEarly() {
    Instant inThreeDays = NOW.plus(Duration.ofDays(3));
    LearnerFixture learner =
        everythingStudied()
            .atLevel(2)
            .passed(UNIT_ONE_CHECKPOINT)
            .reviewing(601, COAGULATION, 20, NOW.minus(Duration.ofDays(17)), inThreeDays)
            .aiming("下水道技術検定第3種", TODAY.plusDays(5), COAGULATION);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.REVIEW);
    assertThat(next.reason()).isEqualTo(Reason.REVIEW_BEFORE_EXAM);
    assertThat(next.arguments()).containsExactly(COAGULATION, 5L);
  }

  @Test
  void aLearnerWithNothingOpenIsAllCaughtUp() {
    LearnerFixture learner = everythingStudied().atLevel(2).passed(UNIT_ONE_CHECKPOINT);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.NONE);
    assertThat(next.reason()).isEqualTo(Reason.ALL_CAUGHT_UP);
    assertThat(next.reason().messageKey()).isEqualTo("course.next.reason.allCaughtUp");
  }

  private static NextActivity activity(
      ActivityKind kind, long target, Reason reason, Object... arguments) {
    return new NextActivity(kind, target, reason, List.of(arguments));
  }

  private static NextActivityPolicy policy(int maxSkillsInProgress, double comfortablePace) {
    PolicySettings d = PolicySettings.defaults();
    PolicySettings settings =
        new PolicySettings(
            d.masteryThreshold(),
            d.promotionThreshold(),
            d.checkpointReadiness(),
            d.bandLow(),
            d.bandTarget(),
            d.bandHigh(),
            maxSkillsInProgress,
            d.examFocusDays(),
            comfortablePace,
            d.zone());
    return new NextActivityPolicy(settings, MemoryModel.defaults());
  }

  /** Mixing studied at {@code mastery}, its items 501–505 predicted as given. */
  private static LearnerFixture mixingStudied(double mastery, double... probabilities) {
    LearnerFixture learner = learner().done(MIXING_LESSON).mastering(MIXING, mastery);
    for (int k = 0; k < probabilities.length; k++) {
      learner.predicting(501 + k, probabilities[k]);
    }
    return learner;
  }

  private static LearnerFixture everythingStudied() {
    return learner()
        .done(MIXING_LESSON, COAGULATION_LESSON, FILTRATION_LESSON, DISINFECTION_LESSON)
        .mastering(MIXING, 0.9)
        .mastering(COAGULATION, 0.9)
        .mastering(FILTRATION, 0.9)
        .mastering(DISINFECTION, 0.9);
  }
}
