package jp.wlink.web.exams;

import static jp.wlink.web.exams.ExamFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.exam.Attempt;
import jp.wlink.question.exam.AttemptResult;
import jp.wlink.question.exam.AttemptSlot;
import jp.wlink.question.exam.AttemptState;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.Ending;
import jp.wlink.question.exam.EssayToGrade;
import jp.wlink.question.exam.GradingQueue;
import jp.wlink.question.exam.SaveOutcome;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.question.exam.SubjectResult;
import jp.wlink.question.exam.Submissions;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmissionPersistenceIT {
  private static final Instant START = Instant.parse("2026-12-03T02:00:00Z");
  private static final Response RIGHT = new Response.Chosen(Set.of(0));
  private static final Response WRONG = new Response.Chosen(Set.of(1));

  private final TestDatabase db = TestDatabase.get();
  private long learner;

  @BeforeEach
  void storeLearner() {
    learner = db.inTransaction(ExamFixtures::learner);
  }

  @Test
  void storesSubScoresAndTheVerdictOfTheBlueprintsRule() {
    long attemptId = start(db.inTransaction(em -> ExamFixtures.blueprint(em, 2)), START);
    answer(attemptId, START.plusSeconds(60), RIGHT, RIGHT, RIGHT, WRONG);

    AttemptResult result =
        db.inTransaction(em -> submissions(em, START.plusSeconds(90)).submit(attemptId, learner));

    assertThat(result.ending()).isEqualTo(Ending.BY_LEARNER);
    assertThat(result.points()).isEqualTo(3.0);
    assertThat(result.passed()).contains(true);
    Attempt stored = db.entityManager().find(Attempt.class, attemptId);
    assertThat(stored.getState()).isEqualTo(AttemptState.SUBMITTED);
    assertThat(stored.getSubmittedAt()).contains(START.plusSeconds(90));
    assertThat(stored.getPassed()).contains(true);
    assertThat(stored.getSubjectResults())
        .extracting(SubjectResult::getSubject, SubjectResult::getPoints, SubjectResult::isPassed)
        .containsExactly(
            tuple(ExamFixtures.TREATMENT, 2.0, true), tuple(ExamFixtures.LAW, 1.0, true));
    assertThat(stored.getSlots())
        .extracting(s -> s.getScore().orElseThrow())
        .containsExactly(1.0, 1.0, 1.0, 0.0);
  }

  @Test
  void failsWhenASubjectIsBelowItsMinimumAndRefusesLaterAnswers() {
    long attemptId = start(db.inTransaction(em -> ExamFixtures.blueprint(em, 2)), START);
    answer(attemptId, START.plusSeconds(60), RIGHT, RIGHT, WRONG, WRONG);

    AttemptResult first = submit(attemptId, START.plusSeconds(90));
    AttemptResult again = submit(attemptId, START.plusSeconds(95));
    SaveOutcome late =
        db.inTransaction(
            em -> attempts(em, START.plusSeconds(96)).saveAnswer(attemptId, learner, 3, 1, RIGHT));

    assertThat(first.passed()).contains(false);
    assertThat(first.subjects()).extracting(SubjectResult::isPassed).containsExactly(true, false);
    assertThat(again).isEqualTo(first);
    assertThat(late).isInstanceOf(SaveOutcome.Closed.class);
  }

  @Test
  void autoSubmitsAnOverdueAttemptExactlyOnceWhenTwoSweepsRace() throws Exception {
    // Long before every other test's attempts, so that this sweep meets only this attempt.
    Instant early = Instant.parse("2020-01-06T09:00:00Z");
    long attemptId = start(db.inTransaction(em -> ExamFixtures.blueprint(em, 2)), early);
    answer(attemptId, early.plusSeconds(60), RIGHT, RIGHT, RIGHT, RIGHT);
    Instant sweep = early.plusSeconds(60L * ExamFixtures.MINUTES + 1);
    long versionBefore = db.entityManager().find(Attempt.class, attemptId).getVersion();

    List<Integer> submitted =
        Race.of(
            () -> db.inTransaction(em -> submissions(em, sweep).autoSubmitOverdue(sweep)),
            () -> db.inTransaction(em -> submissions(em, sweep).autoSubmitOverdue(sweep)));

    assertThat(submitted).containsExactlyInAnyOrder(0, 1);
    Attempt stored = db.entityManager().find(Attempt.class, attemptId);
    assertThat(stored.getEnding()).contains(Ending.TIMED_OUT);
    assertThat(stored.getPoints()).contains(4.0);
    assertThat(stored.getVersion()).as("claimed once, scored once").isEqualTo(versionBefore + 2);
  }

  @Test
  void anEssayWaitsInTheQueueAndItsGradeCompletesTheResult() {
    Blueprint blueprint = db.inTransaction(em -> ExamFixtures.blueprint(em, 0));
    db.run(em -> publishEssaysAndChoices(em, blueprint));
    long attemptId = start(blueprint, START);
    int essayPosition = essayPosition(attemptId);
    answer(attemptId, START.plusSeconds(60), RIGHT, RIGHT, RIGHT, RIGHT);
    save(attemptId, START.plusSeconds(61), essayPosition, 1, new Response.Text("<p>塩素消毒</p>"));

    AttemptResult provisional = submit(attemptId, START.plusSeconds(90));
    EssayToGrade essay =
        db.inTransaction(em -> new GradingQueue(em, at(START)).awaiting(500)).stream()
            .filter(e -> e.attemptId() == attemptId)
            .findFirst()
            .orElseThrow();
    long grader = db.inTransaction(ExamFixtures::learner);
    AttemptResult graded =
        db.inTransaction(
            em ->
                new GradingQueue(em, at(START.plusSeconds(3600)))
                    .grade(essay.slotId(), 0.5, grader, "要点は押さえています"));

    assertThat(provisional.provisional()).isTrue();
    assertThat(provisional.points()).isEqualTo(3.0);
    assertThat(essay.position()).isEqualTo(essayPosition);
    assertThat(graded.provisional()).isFalse();
    assertThat(graded.points()).isEqualTo(3.5);
    AttemptSlot slot = db.entityManager().find(AttemptSlot.class, essay.slotId());
    assertThat(slot.getGradedBy()).contains(grader);
    assertThat(slot.isAwaitingGrading()).isFalse();
  }

  /** 下水処理: two single-choice questions; 法規: one single choice and one essay. */
  private static void publishEssaysAndChoices(EntityManager em, Blueprint blueprint) {
    long author = ExamFixtures.learner(em);
    ExamFixtures.publish(
        em, blueprint, ExamFixtures.TREATMENT, ExamFixtures.singleChoice("処理A"), author);
    ExamFixtures.publish(
        em, blueprint, ExamFixtures.TREATMENT, ExamFixtures.singleChoice("処理B"), author);
    ExamFixtures.publish(em, blueprint, ExamFixtures.LAW, ExamFixtures.singleChoice("法規A"), author);
    ExamFixtures.publish(em, blueprint, ExamFixtures.LAW, ExamFixtures.essay("法規の論述"), author);
  }

  private int essayPosition(long attemptId) {
    return db.inTransaction(
        em ->
            attempts(em, START).own(attemptId, learner).getSlots().stream()
                .filter(
                    s ->
                        new PublishedQuestions(em)
                            .contents(List.of(s.getQuestionVersionId()))
                            .get(s.getQuestionVersionId())
                            .type()
                            .gradedByPerson())
                .findFirst()
                .orElseThrow()
                .getPosition());
  }

  private long start(Blueprint blueprint, Instant now) {
    StartOutcome outcome =
        db.inTransaction(em -> attempts(em, now).start(learner, blueprint.getId()));
    return ((StartOutcome.Started) outcome).attemptId();
  }

  /** Answers positions 1, 2, … in turn, each from revision 0 (single choices only). */
  private void answer(long attemptId, Instant now, Response... responses) {
    for (int i = 0; i < responses.length; i++) {
      save(attemptId, now, i + 1, 0, responses[i]);
    }
  }

  private void save(long attemptId, Instant now, int position, long base, Response response) {
    db.run(em -> attempts(em, now).saveAnswer(attemptId, learner, position, base, response));
  }

  private AttemptResult submit(long attemptId, Instant now) {
    return db.inTransaction(em -> submissions(em, now).submit(attemptId, learner));
  }

  private static Attempts attempts(EntityManager em, Instant now) {
    return new Attempts(em, at(now), new PublishedQuestions(em));
  }

  private static Submissions submissions(EntityManager em, Instant now) {
    return new Submissions(em, at(now), new PublishedQuestions(em));
  }
}
