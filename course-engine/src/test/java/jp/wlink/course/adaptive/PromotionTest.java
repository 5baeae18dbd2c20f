package jp.wlink.course.adaptive;

import static jp.wlink.course.adaptive.CourseFixture.COAGULATION;
import static jp.wlink.course.adaptive.CourseFixture.COAGULATION_LESSON;
import static jp.wlink.course.adaptive.CourseFixture.MIXING;
import static jp.wlink.course.adaptive.CourseFixture.MIXING_LESSON;
import static jp.wlink.course.adaptive.LearnerFixture.learner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionTest {
  private static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

  private final NextActivityPolicy policy = NextActivityPolicy.defaults();

  @Test
  void aDueReviewComesFirstButThePromotionIsStillOffered() {
    CourseMap course = CourseFixture.waterTreatment();
    LearnerFixture learner = levelOneMastered().reviewingDue(503, MIXING, NOW, 2);

    NextActivity next = policy.nextActivity(course, learner, NOW);

    assertThat(next.kind()).isEqualTo(ActivityKind.REVIEW);
    assertThat(policy.promotion(course, learner, NOW)).contains(promotion(1, 2));
  }

  @Test
  void noPromotionIsOfferedBelowTheThreshold() {
    LearnerFixture learner =
        learner().done(MIXING_LESSON, COAGULATION_LESSON).mastering(MIXING, 0.9);

    assertThat(policy.promotion(CourseFixture.waterTreatment(), learner, NOW)).isEmpty();
  }

  @Test
  void noPromotionIsOfferedAtTheCoursesHighestLevel() {
    LearnerFixture learner = levelOneMastered().atLevel(2);

    assertThat(policy.promotion(CourseFixture.waterTreatment(), learner, NOW)).isEmpty();
  }

  @Test
  void aPromotionSkipsALevelWithoutSkills() {
    CourseMap course = course(1, 3);

    NextActivity next = policy.nextActivity(course, levelOneMastered(), NOW);

    assertThat(next).isEqualTo(promotion(1, 3));
  }

  @Test
  void aLearnerAtAnEmptyLevelIsJudgedOnTheLevelBelowIt() {
    CourseMap course = course(1, 3);

    assertThat(policy.promotion(course, levelOneMastered().atLevel(2), NOW))
        .contains(promotion(1, 3));
  }

  @Test
  void aCourseStartingAtLevelTwoStartsItsLearnersThere() {
    CourseMap course = course(2, 4);
    LearnerFixture fresh = learner();

    assertThat(course.studyLevel(1)).isEqualTo(2);
    assertThat(policy.nextActivity(course, fresh, NOW).kind()).isEqualTo(ActivityKind.LESSON);
    assertThat(policy.promotion(course, fresh, NOW)).isEmpty();
    assertThat(policy.promotion(course, levelOneMastered(), NOW)).contains(promotion(2, 4));
  }

  private static LearnerFixture levelOneMastered() {
    return learner()
        .done(MIXING_LESSON, COAGULATION_LESSON)
        .mastering(MIXING, 0.9)
        .mastering(COAGULATION, 0.85);
  }

  /** Mixing and coagulation at {@code low}, filtration at {@code high}, a lesson each. */
  private static CourseMap course(int low, int high) {
    CourseMapBuilder course =
        CourseMap.builder(8)
            .skill(MIXING, low)
            .skill(COAGULATION, low, MIXING)
            .skill(CourseFixture.FILTRATION, high, COAGULATION)
            .lesson(MIXING_LESSON, MIXING)
            .lesson(COAGULATION_LESSON, COAGULATION)
            .lesson(CourseFixture.FILTRATION_LESSON, CourseFixture.FILTRATION);
    course.item(501, MIXING, 0).item(601, COAGULATION, 0).item(701, CourseFixture.FILTRATION, 0);
    return course.build();
  }

  private static NextActivity promotion(int from, int to) {
    return new NextActivity(ActivityKind.PROMOTION, to, Reason.PROMOTION, List.of(from, to));
  }
}
