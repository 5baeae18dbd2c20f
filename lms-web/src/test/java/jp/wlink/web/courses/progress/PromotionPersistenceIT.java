package jp.wlink.web.courses.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.adaptive.ActivityKind;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.CourseUnit;
import jp.wlink.course.catalogue.LessonDetails;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.catalogue.UnitDetails;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.NextActivities;
import jp.wlink.course.learning.PlacementSession;
import jp.wlink.course.learning.Placements;
import jp.wlink.course.learning.Recommendation;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.AttemptScored;
import jp.wlink.question.exam.AttemptScored.ScoredAnswer;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.account.Role;
import jp.wlink.web.exams.ExamFixtures;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The level stored on an enrolment, on MariaDB: a placement test starts the learner at the level
 * its answers show and never lowers it, and a promotion earned is offered and accepted even while a
 * due review is the next activity.
 */
class PromotionPersistenceIT {
  /** 10:00 in Tokyo on 4 December 2026. */
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Response RIGHT = new Response.Chosen(Set.of(0));
  private static final Response WRONG = new Response.Chosen(Set.of(1));

  private final TestDatabase db = TestDatabase.get();
  private final EngineOnDatabase engine = new EngineOnDatabase(db, NOW);
  private final LearningRecord record = new LearningRecord(engine.em);
  private final NextActivities next = new NextActivities(engine.em, record, CLOCK);
  private final Placements placements = new Placements(engine.em, record, CLOCK);
  private final long learner = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
  private final String basics = TestRecords.unique("josui.basics-");
  private final String advanced = TestRecords.unique("josui.advanced-");
  private final long courseId = db.inTransaction(this::twoLevelCourse);

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aPlacementAnsweredRightStartsTheLearnerHigherAndAWeakOneNeverLowersTheLevel() {
    engine.run(() -> engine.enrolments.enrolSelf(courseId, learner));

    PlacementSession strong = place(RIGHT);
    PlacementSession weak = place(WRONG);

    assertThat(strong.startingLevel()).contains(2);
    assertThat(weak.startingLevel()).contains(2);
    assertThat(recommendation().level()).isEqualTo(2);
  }

  @Test
  void aWeakPlacementStartsTheLearnerAtTheFirstLevel() {
    engine.run(() -> engine.enrolments.enrolSelf(courseId, learner));

    assertThat(place(WRONG).startingLevel()).contains(1);
    assertThat(recommendation().level()).isEqualTo(1);
  }

  @Test
  void aPromotionIsOfferedAndAcceptedWhileADueReviewComesFirst() {
    engine.run(() -> engine.enrolments.enrolSelf(courseId, learner));
    learnTheBasics(NOW.minus(Duration.ofDays(30)));

    Recommendation before = recommendation();
    Optional<Integer> accepted = engine.tx(() -> next.acceptPromotion(learner, courseId));
    Optional<Integer> again = engine.tx(() -> next.acceptPromotion(learner, courseId));

    assertThat(before.next().kind()).isEqualTo(ActivityKind.REVIEW);
    assertThat(before.promotion()).hasValueSatisfying(p -> assertThat(p.targetId()).isEqualTo(2));
    assertThat(accepted).contains(2);
    assertThat(again).isEmpty();
    assertThat(recommendation().level()).isEqualTo(2);
    assertThat(recommendation().promotion()).isEmpty();
  }

  @Test
  void noPromotionIsAcceptedBeforeTheBasicsAreMastered() {
    engine.run(() -> engine.enrolments.enrolSelf(courseId, learner));

    assertThat(engine.tx(() -> next.acceptPromotion(learner, courseId))).isEmpty();
    assertThat(recommendation().level()).isEqualTo(1);
  }

  private PlacementSession place(Response every) {
    PlacementSession session = engine.tx(() -> placements.start(learner, courseId).orElseThrow());
    while (!session.finished()) {
      engine.run(() -> placements.answer(session, every));
    }
    return session;
  }

  /** Every question on the basics answered right three times, {@code at}. */
  private void learnTheBasics(Instant at) {
    List<ScoredAnswer> answers = new ArrayList<>();
    List<Candidate> questions =
        db.inTransaction(em -> new PublishedQuestions(em).bySkills(List.of(basics)));
    for (int round = 0; round < 3; round++) {
      questions.forEach(q -> answers.add(new ScoredAnswer(q.questionId(), List.of(basics), 1)));
    }
    AttemptScored scored = new AttemptScored(1, learner, AttemptKind.PRACTICE, at, answers);
    engine.run(() -> record.learn(scored));
  }

  private Recommendation recommendation() {
    return engine.tx(() -> next.recommend(learner, courseId).orElseThrow());
  }

  /** The basics at level 1 and the advanced skill at level 2, a unit and six questions each. */
  private long twoLevelCourse(EntityManager em) {
    long owner = TestRecords.account(em, Role.HOST).getId();
    for (String skill : List.of(basics, advanced)) {
      for (int i = 1; i <= 6; i++) {
        ExamFixtures.publishForSkill(em, skill, ExamFixtures.singleChoice(skill + i), owner);
      }
    }
    Course course =
        new Course(
            TestRecords.unique("L-").toUpperCase(Locale.ROOT),
            new CourseDetails(
                "レベルの講座",
                "",
                1,
                Optional.empty(),
                List.of(new SkillLevel(basics, 1), new SkillLevel(advanced, 2))),
            owner,
            null,
            NOW);
    int level = 1;
    for (String skill : List.of(basics, advanced)) {
      CourseUnit unit =
          course.addUnit(new UnitDetails("単元" + level, "", List.of(skill), 5, 60), NOW);
      unit.addLesson(new LessonDetails("授業" + level, "<p>本文</p>", level, 10, List.of(skill), 5));
      level++;
    }
    course.publish(NOW, Set.of(basics, advanced));
    em.persist(course);
    em.flush();
    return course.getId();
  }
}
