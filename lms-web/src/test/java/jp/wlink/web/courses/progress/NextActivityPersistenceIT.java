package jp.wlink.web.courses.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.wlink.course.adaptive.ActivityKind;
import jp.wlink.course.adaptive.NextActivity;
import jp.wlink.course.adaptive.Reason;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.NextActivities;
import jp.wlink.course.learning.Recommendation;
import jp.wlink.course.learning.Recommendation.SkillMastery;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The next activity is chosen from a stored course, enrolment and learning record on MariaDB. */
class NextActivityPersistenceIT {
  private static final Instant START = Instant.parse("2026-12-04T00:00:00Z");

  private final TestDatabase db = TestDatabase.get();
  private final EngineOnDatabase engine = new EngineOnDatabase(db, START);
  private final NextActivities next =
      new NextActivities(
          engine.em, new LearningRecord(engine.em), Clock.fixed(START, ZoneOffset.UTC));

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void recommendsTheFirstLessonThenTheNextOneToANewLearner() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course();
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));

    Recommendation first = engine.tx(() -> next.recommend(learner, course.courseId()).get());
    engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(0)));
    Recommendation second = engine.tx(() -> next.recommend(learner, course.courseId()).get());

    assertThat(first.next())
        .isEqualTo(
            new NextActivity(
                ActivityKind.LESSON,
                course.lessonIds().get(0),
                Reason.NEW_LESSON_PREREQUISITE_MASTERED,
                List.of("josui.source")));
    assertThat(first.level()).isEqualTo(1);
    assertThat(first.skills()).containsExactly(new SkillMastery("josui.source", 1, 0));
    assertThat(second.next().targetId()).isEqualTo(course.lessonIds().get(1));
  }

  @Test
  void aLessonCompletedEarlierInTheSameTransactionCountsAsDone() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course();
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));

    Recommendation after =
        engine.tx(
            () -> {
              engine.records.completeLesson(learner, course.lessonIds().get(0));
              return next.recommend(learner, course.courseId()).get();
            });

    assertThat(after.next().targetId()).isEqualTo(course.lessonIds().get(1));
  }

  @Test
  void recommendsNothingOnACourseTheLearnerIsNotEnrolledOn() {
    long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    CourseFixture course = course();

    assertThat(engine.tx(() -> next.recommend(learner, course.courseId()))).isEmpty();
  }

  private CourseFixture course() {
    return db.inTransaction(
        em -> {
          long owner = TestRecords.account(em, Role.HOST).getId();
          return CourseFixture.published(em, owner, "浄水処理の基礎", 1, 2, START);
        });
  }
}
