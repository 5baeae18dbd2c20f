package jp.wlink.web.exams;

import static jp.wlink.web.exams.ExamFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.question.exam.AttemptResult;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.SaveOutcome;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.question.exam.Submissions;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.testing.H2Database;
import jp.wlink.web.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo runs on H2: the exam migrations, the seeded blueprints and the conditional
 * updates behind saving and submitting must work there as on MariaDB.
 */
class ExamsOnH2Test {
  private static final Instant START = Instant.parse("2026-12-03T03:00:00.500Z");
  private static EntityManagerFactory emf;

  @BeforeAll
  static void migrate() {
    emf = H2Database.migrated("exams");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void seedsTheFourCertificationBlueprints() {
    Blueprint kyusui =
        inTransaction(em -> new Blueprints(em).byCode("KYUSUI_SHUNIN").orElseThrow());
    List<String> codes =
        inTransaction(em -> new Blueprints(em).all().stream().map(Blueprint::getCode).toList());

    assertThat(kyusui.questionCount()).isEqualTo(60);
    assertThat(kyusui.getTimeLimitMinutes()).isEqualTo(210);
    assertThat(kyusui.getSources()).hasSize(4);
    assertThat(codes)
        .contains(
            "GESUIDO_2", "GESUIDO_3", "KYUSUI_SHUNIN", "SUIDO_KANRISHA_KOSHU", "SUIDO_SHISETSU_3");
  }

  @Test
  void savesRefusesStaleAndLateAnswersAndSubmits() {
    long learner = inTransaction(ExamFixtures::learner);
    long blueprint = inTransaction(em -> ExamFixtures.blueprint(em, 2).getId());
    StartOutcome started = inTransaction(em -> attempts(em, START).start(learner, blueprint));
    long id = ((StartOutcome.Started) started).attemptId();
    Response right = new Response.Chosen(Set.of(0));
    Instant deadline = START.plusSeconds(60L * ExamFixtures.MINUTES);

    SaveOutcome saved =
        inTransaction(em -> attempts(em, START).saveAnswer(id, learner, 1, 0, right));
    SaveOutcome stale =
        inTransaction(em -> attempts(em, START).saveAnswer(id, learner, 1, 0, right));
    SaveOutcome late =
        inTransaction(em -> attempts(em, deadline).saveAnswer(id, learner, 2, 0, right));
    AttemptResult result =
        inTransaction(
            em ->
                new Submissions(em, at(deadline), new PublishedQuestions(em)).submit(id, learner));

    assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
    assertThat(stale).isInstanceOf(SaveOutcome.Stale.class);
    assertThat(late).isInstanceOf(SaveOutcome.Closed.class);
    assertThat(result.points()).isEqualTo(1.0);
    assertThat(result.passed()).contains(false);
  }

  private static Attempts attempts(EntityManager em, Instant now) {
    return new Attempts(em, at(now), new PublishedQuestions(em));
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
    return TestDatabase.inTransaction(emf, work);
  }
}
