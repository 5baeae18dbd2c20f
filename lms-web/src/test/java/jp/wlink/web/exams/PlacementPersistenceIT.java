package jp.wlink.web.exams;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseDetails;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.PlacementSession;
import jp.wlink.course.learning.Placements;
import jp.wlink.course.placement.PlacementResult;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A placement test over a stored course's skills asks the bank's questions and stores its end. */
class PlacementPersistenceIT {
  private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
  private static final Response RIGHT = new Response.Chosen(Set.of(0));

  private final TestDatabase db = TestDatabase.get();
  private final EntityManager em = db.entityManager();
  private final LearningRecord record = new LearningRecord(em);
  private final Placements placements =
      new Placements(em, record, Clock.fixed(NOW, ZoneOffset.UTC));
  private long learner;
  private long courseId;
  private String skill;

  @BeforeEach
  void courseWithSixQuestions() {
    learner = db.inTransaction(ExamFixtures::learner);
    skill = TestRecords.unique("josui.placement-");
    for (int i = 1; i <= 6; i++) {
      String stem = "判定" + i;
      db.run(
          em -> ExamFixtures.publishForSkill(em, skill, ExamFixtures.singleChoice(stem), learner));
    }
    courseId =
        db.inTransaction(
            em -> {
              Course course =
                  new Course(
                      TestRecords.unique("P-").toUpperCase(Locale.ROOT),
                      new CourseDetails(
                          "判定の講座", "", 1, Optional.empty(), List.of(new SkillLevel(skill, 2))),
                      learner,
                      null,
                      NOW);
              em.persist(course);
              em.flush();
              return course.getId();
            });
  }

  @AfterEach
  void close() {
    em.close();
  }

  @Test
  void asksUntilTheRuleStopsThenStoresTheStateAndPlacesTheSkill() {
    PlacementSession session = inTx(() -> placements.start(learner, courseId).orElseThrow());

    int asked = 0;
    while (!session.finished()) {
      assertThat(inTx(() -> placements.question(session))).isPresent();
      inTx(
          () -> {
            placements.answer(session, RIGHT);
            return null;
          });
      asked++;
    }

    PlacementResult result = session.result();
    assertThat(asked).isBetween(1, 6);
    assertThat(result.skipped()).isFalse();
    assertThat(result.skills())
        .singleElement()
        .satisfies(s -> assertThat(session.skillId(s.skill())).isEqualTo(skill));
    var stored = new LearningRecord(db.entityManager()).stateOf(learner).orElseThrow();
    assertThat(stored.placedAt()).contains(NOW);
    assertThat(stored.getAnswers()).isEqualTo(asked);
  }

  @Test
  void aSkippedTestPlacesNothingButRecordsThatItRan() {
    PlacementSession session = inTx(() -> placements.start(learner, courseId).orElseThrow());

    inTx(
        () -> {
          placements.skip(session);
          return null;
        });

    assertThat(session.result().skipped()).isTrue();
    assertThat(new LearningRecord(db.entityManager()).stateOf(learner).orElseThrow().placedAt())
        .contains(NOW);
  }

  private <T> T inTx(java.util.function.Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }
}
