package jp.wlink.web.exams;

import static jp.wlink.web.exams.ExamFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.wlink.course.learning.FitOutcome;
import jp.wlink.course.learning.FitTrigger;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.ModelFitting;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.AttemptScored;
import jp.wlink.question.exam.AttemptScored.ScoredAnswer;
import jp.wlink.web.testing.H2Database;
import jp.wlink.web.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo runs on H2: the shared calibration's MERGE statements, the answer history's
 * query and the nightly claim must work there as on MariaDB.
 */
class LearnerModelOnH2Test {
  private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");
  private static EntityManagerFactory emf;

  @BeforeAll
  static void migrate() {
    emf = H2Database.migrated("model");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void answersMoveTheStoredCalibrationAndTheNightlyFitIsClaimedOnce() {
    long author = tx(ExamFixtures::learner);
    tx(
        em -> {
          ExamFixtures.publishForSkill(em, "h2.skill", ExamFixtures.singleChoice("沈殿"), author);
          return null;
        });
    long item =
        tx(em -> new PublishedQuestions(em).bySkills(List.of("h2.skill")).get(0)).questionId();
    for (int learner = 0; learner < 2; learner++) {
      long id = tx(ExamFixtures::learner);
      AttemptScored scored =
          new AttemptScored(
              1,
              id,
              AttemptKind.PRACTICE,
              NOW,
              List.of(new ScoredAnswer(item, List.of("h2.skill"), 0)));
      tx(
          em -> {
            new LearningRecord(em).learn(scored);
            return null;
          });
    }

    Object[] row =
        tx(
            em ->
                (Object[])
                    em.createNativeQuery(
                            "SELECT offset_from_skill, answers FROM item_calibration"
                                + " WHERE question_id = ?")
                        .setParameter(1, item)
                        .getSingleResult());
    FitOutcome first = tx(em -> fitting(em).fitNightly());
    FitOutcome second = tx(em -> fitting(em).fitNightly());

    assertThat(((Number) row[0]).doubleValue()).isPositive();
    assertThat(((Number) row[1]).intValue()).isEqualTo(2);
    assertThat(first.kind()).isEqualTo(FitOutcome.Kind.TOO_FEW_ANSWERS);
    assertThat(second.kind()).isEqualTo(FitOutcome.Kind.ALREADY_RUN_TODAY);
    assertThat(tx(em -> fitting(em).fit(FitTrigger.ADMIN)).kind())
        .isEqualTo(FitOutcome.Kind.TOO_FEW_ANSWERS);
  }

  private static ModelFitting fitting(jakarta.persistence.EntityManager em) {
    return new ModelFitting(em, new LearningRecord(em), at(NOW), Integer.MAX_VALUE);
  }

  private static <T> T tx(Function<jakarta.persistence.EntityManager, T> work) {
    return TestDatabase.inTransaction(emf, work);
  }
}
