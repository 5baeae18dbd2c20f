package jp.wlink.web.courses.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import jp.wlink.course.adaptive.ActivityKind;
import jp.wlink.course.adaptive.NextActivity;
import jp.wlink.course.adaptive.Reason;
import jp.wlink.course.goal.GoalRefused;
import jp.wlink.course.goal.GoalRefused.Problem;
import jp.wlink.course.goal.GoalStanding;
import jp.wlink.course.goal.GoalStandings;
import jp.wlink.course.goal.StudyGoals;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.NextActivities;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.question.exam.Submissions;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.account.Role;
import jp.wlink.web.exams.ExamFixtures;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A learner's study goal and level on MariaDB: the goal paces the next activity to its
 * certification, clearing it restores the usual order, the readiness counts the mock exams of its
 * blueprint, and a course whose skills start above level 1 starts its learners there.
 */
class StudyGoalPersistenceIT {
  /** 10:00 in Tokyo on 4 December 2026. */
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final TestDatabase db = TestDatabase.get();
  private final EngineOnDatabase engine = new EngineOnDatabase(db, NOW);
  private final LearningRecord record = new LearningRecord(engine.em);
  private final NextActivities next = new NextActivities(engine.em, record, CLOCK);
  private final StudyGoals goals = new StudyGoals(engine.em, CLOCK);
  private final long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aGoalNearItsExamPacesTheNextActivityAndClearingItRestoresTheUsualOrder() throws GoalRefused {
    Blueprint blueprint = db.inTransaction(em -> ExamFixtures.blueprint(em, 1));
    CourseFixture course = course(blueprint.getCode(), 1);
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
    engine.run(() -> engine.records.completeLesson(learner, course.lessonIds().get(0)));

    set(blueprint.getId(), TODAY.plusDays(7));
    NextActivity paced = engine.tx(() -> next.recommend(learner, course.courseId()).get().next());
    engine.run(() -> goals.clear(learner));
    NextActivity usual = engine.tx(() -> next.recommend(learner, course.courseId()).get().next());

    long secondLesson = course.lessonIds().get(1);
    assertThat(paced)
        .isEqualTo(
            new NextActivity(
                ActivityKind.LESSON,
                secondLesson,
                Reason.NEW_LESSON_FOR_EXAM,
                List.of("josui.source", 7L)));
    assertThat(usual.reason()).isEqualTo(Reason.NEW_LESSON_PREREQUISITE_MASTERED);
    assertThat(engine.tx(() -> goals.stored(learner))).isEmpty();
    assertThat(engine.tx(() -> engine.enrolments.ofLearner(learner).get(0).getLessonsCompleted()))
        .isEqualTo(1);
  }

  @Test
  void refusesAGoalWithoutACertificationOrDateOrWithADateGoneByButTakesToday() throws GoalRefused {
    Blueprint blueprint = db.inTransaction(em -> ExamFixtures.blueprint(em, 1));

    assertThatThrownBy(() -> set(null, TODAY.plusDays(3)))
        .extracting(e -> ((GoalRefused) e).problem())
        .isEqualTo(Problem.NO_CERTIFICATION);
    assertThatThrownBy(() -> set(blueprint.getId(), null))
        .extracting(e -> ((GoalRefused) e).problem())
        .isEqualTo(Problem.NO_DATE);
    assertThatThrownBy(() -> set(blueprint.getId(), TODAY.minusDays(1)))
        .extracting(e -> ((GoalRefused) e).problem())
        .isEqualTo(Problem.DATE_PAST);
    set(blueprint.getId(), TODAY);

    assertThat(engine.tx(() -> goals.stored(learner)).orElseThrow().getExamDate()).isEqualTo(TODAY);
  }

  @Test
  void theReadinessCountsTheMockExamsOfTheGoalsBlueprintAgainstItsPassLine() throws GoalRefused {
    Blueprint blueprint = db.inTransaction(em -> ExamFixtures.blueprint(em, 2));
    CourseFixture course = course(blueprint.getCode(), 1);
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));
    set(blueprint.getId(), TODAY.plusDays(30));
    sitMockExam(blueprint, right(), right(), wrong(), wrong());

    GoalStanding standing =
        engine.tx(() -> new GoalStandings(engine.em, record, CLOCK).of(learner).orElseThrow());

    assertThat(standing.certification()).isEqualTo(blueprint.getCode());
    assertThat(standing.readiness().daysToExam()).isEqualTo(30);
    assertThat(standing.readiness().mockExams()).isEqualTo(1);
    assertThat(standing.readiness().mockExamPercent()).hasValue(67);
    assertThat(standing.readiness().masteryPercent()).hasValue(0);
    assertThat(standing.readiness().percent()).isEqualTo(33);
    assertThat(engine.tx(() -> goals.suggestedBlueprint(learner))).contains(blueprint.getId());
  }

  @Test
  void aCourseWhoseSkillsStartAtLevelTwoStartsTheLearnerThereWithoutAPromotion() {
    CourseFixture course = course("NONE", 2);
    engine.run(() -> engine.enrolments.enrolSelf(course.courseId(), learner));

    var standing = engine.tx(() -> next.recommend(learner, course.courseId()).orElseThrow());

    assertThat(standing.level()).isEqualTo(2);
    assertThat(standing.promotion()).isEmpty();
    assertThat(standing.next().kind()).isNotEqualTo(ActivityKind.PROMOTION);
    assertThat(engine.tx(() -> next.acceptPromotion(learner, course.courseId()))).isEmpty();
  }

  private void set(Long blueprintId, LocalDate examDate) throws GoalRefused {
    engine.em.getTransaction().begin();
    try {
      goals.set(learner, blueprintId, examDate);
      engine.em.getTransaction().commit();
    } finally {
      if (engine.em.getTransaction().isActive()) {
        engine.em.getTransaction().rollback();
      }
    }
  }

  private CourseFixture course(String certification, int skillLevel) {
    return db.inTransaction(
        em -> {
          long owner = TestRecords.account(em, Role.HOST).getId();
          CourseFixture course = CourseFixture.published(em, owner, "浄水処理の基礎", 1, 2, NOW);
          course.aimAt(em, certification, skillLevel, NOW);
          return course;
        });
  }

  /** Starts a mock exam of the blueprint, answers each slot in turn and submits it. */
  private void sitMockExam(Blueprint blueprint, Response... responses) {
    long attempt =
        db.inTransaction(
            em ->
                ((StartOutcome.Started)
                        new Attempts(em, CLOCK, new PublishedQuestions(em))
                            .start(learner, blueprint.getId()))
                    .attemptId());
    for (int i = 0; i < responses.length; i++) {
      int position = i + 1;
      Response response = responses[i];
      db.run(
          em ->
              new Attempts(em, CLOCK, new PublishedQuestions(em))
                  .saveAnswer(attempt, learner, position, 0, response));
    }
    db.run(em -> new Submissions(em, CLOCK, new PublishedQuestions(em)).submit(attempt, learner));
  }

  private static Response right() {
    return new Response.Chosen(Set.of(0));
  }

  private static Response wrong() {
    return new Response.Chosen(Set.of(1));
  }
}
