package jp.wlink.web.exams;

import static jp.wlink.web.exams.ExamFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.bank.QuestionVersion;
import jp.wlink.question.exam.AttemptNotFound;
import jp.wlink.question.exam.AttemptSummary;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.question.exam.SaveOutcome;
import jp.wlink.question.exam.Shortage;
import jp.wlink.question.exam.SlotStatus;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttemptPersistenceIT {
  private static final Instant START = Instant.parse("2026-12-03T01:00:00.250Z");
  private static final Response RIGHT = new Response.Chosen(Set.of(0));
  private static final Response WRONG = new Response.Chosen(Set.of(1));

  private final TestDatabase db = TestDatabase.get();
  private long learner;
  private long attemptId;

  @BeforeEach
  void startAttempt() {
    learner = db.inTransaction(ExamFixtures::learner);
    long blueprint = db.inTransaction(em -> ExamFixtures.blueprint(em, 3).getId());
    StartOutcome outcome = db.inTransaction(em -> attempts(em, START).start(learner, blueprint));
    attemptId = ((StartOutcome.Started) outcome).attemptId();
  }

  @Test
  void savesAnAnswerAndShowsItExactlyOnResume() {
    Instant savedAt = START.plusMillis(61_007);
    SaveOutcome saved = save(savedAt, 2, 0, RIGHT);
    db.run(em -> attempts(em, savedAt).flag(attemptId, learner, 3, true));

    AttemptSummary summary =
        db.inTransaction(em -> attempts(em, savedAt).summary(attemptId, learner));

    assertThat(saved).isEqualTo(new SaveOutcome.Saved(1, savedAt));
    SlotStatus second = summary.slots().get(1);
    assertThat(second.response()).contains(RIGHT);
    assertThat(second.revision()).isEqualTo(1);
    assertThat(summary.slots()).hasSize(4);
    assertThat(summary.answered()).isEqualTo(1);
    assertThat(summary.flagged()).isEqualTo(1);
    assertThat(summary.deadline()).contains(START.plusSeconds(60L * ExamFixtures.MINUTES));
    assertThat(summary.slots())
        .extracting(SlotStatus::subject)
        .containsExactly(
            ExamFixtures.TREATMENT, ExamFixtures.TREATMENT, ExamFixtures.LAW, ExamFixtures.LAW);
  }

  @Test
  void slotsPointAtVersionsMarkedAsShown() {
    AttemptSummary summary =
        db.inTransaction(em -> attempts(em, START).summary(attemptId, learner));

    for (SlotStatus slot : summary.slots()) {
      QuestionVersion version =
          db.entityManager().find(QuestionVersion.class, slot.questionVersionId());
      assertThat(version.isShown()).isTrue();
    }
  }

  @Test
  void refusesAStaleAnswerFromASecondTab() {
    save(START.plusSeconds(5), 1, 0, RIGHT);

    SaveOutcome stale = save(START.plusSeconds(9), 1, 0, WRONG);

    assertThat(stale).isEqualTo(new SaveOutcome.Stale(1, Optional.of(RIGHT)));
    assertThat(save(START.plusSeconds(10), 1, 1, WRONG)).isInstanceOf(SaveOutcome.Saved.class);
  }

  @Test
  void ofTwoTabsSavingFromTheSameRevisionExactlyOneWins() throws Exception {
    Instant now = START.plusSeconds(30);

    List<SaveOutcome> outcomes =
        Race.of(() -> save(now, 1, 0, RIGHT), () -> save(now, 1, 0, WRONG));

    assertThat(outcomes).filteredOn(SaveOutcome.Saved.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(SaveOutcome.Stale.class::isInstance).hasSize(1);
    Response winner = outcomes.get(0) instanceof SaveOutcome.Saved ? RIGHT : WRONG;
    AttemptSummary summary = db.inTransaction(em -> attempts(em, now).summary(attemptId, learner));
    assertThat(summary.slots().get(0).response()).contains(winner);
    assertThat(summary.slots().get(0).revision()).isEqualTo(1);
  }

  @Test
  void refusesAnswersFromTheDeadlineOn() {
    Instant deadline = START.plusSeconds(60L * ExamFixtures.MINUTES);

    SaveOutcome justInTime = save(deadline.minusMillis(1), 1, 0, RIGHT);
    SaveOutcome late = save(deadline, 1, 1, WRONG);
    boolean flagged =
        db.inTransaction(em -> attempts(em, deadline).flag(attemptId, learner, 1, true));

    assertThat(justInTime).isInstanceOf(SaveOutcome.Saved.class);
    assertThat(late).isInstanceOf(SaveOutcome.Closed.class);
    assertThat(flagged).isFalse();
  }

  @Test
  void resumesTheOpenAttemptInsteadOfStartingASecond() {
    long blueprint =
        db.inTransaction(
            em -> attempts(em, START).own(attemptId, learner).getBlueprint().get().getId());

    StartOutcome again =
        db.inTransaction(em -> attempts(em, START.plusSeconds(60)).start(learner, blueprint));

    assertThat(again)
        .isInstanceOfSatisfying(
            StartOutcome.Started.class,
            started -> {
              assertThat(started.attemptId()).isEqualTo(attemptId);
              assertThat(started.resumed()).isTrue();
            });
  }

  @Test
  void startsAnUntimedPracticeQuizAndSaysWhatIsShort() {
    String code =
        db.inTransaction(
            em -> attempts(em, START).own(attemptId, learner).getBlueprint().get().getCode());
    PracticeSpec spec = PracticeSpec.subjects(code, List.of(ExamFixtures.LAW), 5);

    StartOutcome outcome = db.inTransaction(em -> attempts(em, START).startPractice(learner, spec));

    StartOutcome.Started started = (StartOutcome.Started) outcome;
    assertThat(started.deadline()).isEmpty();
    assertThat(started.shortages()).containsExactly(new Shortage(Optional.empty(), 5, 3));
    AttemptSummary summary =
        db.inTransaction(em -> attempts(em, START).summary(started.attemptId(), learner));
    assertThat(summary.slots()).hasSize(3).allMatch(s -> s.subject().equals(ExamFixtures.LAW));
    assertThat(summary.open()).isTrue();
  }

  @Test
  void practisesASkillWhoseQuestionsHaveNoSubject() {
    String skill = "josui.test-" + attemptId;
    db.run(em -> ExamFixtures.publishForSkill(em, skill, ExamFixtures.singleChoice("凝集"), learner));

    StartOutcome outcome =
        db.inTransaction(
            em ->
                attempts(em, START).startPractice(learner, PracticeSpec.skills(List.of(skill), 1)));

    long practice = ((StartOutcome.Started) outcome).attemptId();
    AttemptSummary summary = db.inTransaction(em -> attempts(em, START).summary(practice, learner));
    assertThat(summary.slots()).singleElement().matches(s -> s.subject().isEmpty());
  }

  @Test
  void startingTheSamePracticeAgainResumesTheUnsubmittedOne() {
    String skill = "josui.again-" + attemptId;
    db.run(em -> ExamFixtures.publishForSkill(em, skill, ExamFixtures.singleChoice("沈殿"), learner));
    PracticeSpec spec = PracticeSpec.skills(List.of(skill), 1);

    StartOutcome first = db.inTransaction(em -> attempts(em, START).startPractice(learner, spec));
    StartOutcome again =
        db.inTransaction(em -> attempts(em, START.plusSeconds(90)).startPractice(learner, spec));
    StartOutcome other =
        db.inTransaction(
            em ->
                attempts(em, START.plusSeconds(95))
                    .startPractice(learner, PracticeSpec.skills(List.of(skill), 2)));

    long firstId = ((StartOutcome.Started) first).attemptId();
    assertThat(again)
        .isInstanceOfSatisfying(
            StartOutcome.Started.class,
            started -> {
              assertThat(started.attemptId()).isEqualTo(firstId);
              assertThat(started.resumed()).isTrue();
            });
    assertThat(((StartOutcome.Started) other).attemptId()).isNotEqualTo(firstId);
  }

  @Test
  void anotherLearnerCannotSeeOrAnswerTheAttempt() {
    long stranger = db.inTransaction(ExamFixtures::learner);

    assertThatThrownBy(() -> db.run(em -> attempts(em, START).summary(attemptId, stranger)))
        .isInstanceOf(AttemptNotFound.class);
    assertThatThrownBy(
            () -> db.run(em -> attempts(em, START).saveAnswer(attemptId, stranger, 1, 0, RIGHT)))
        .isInstanceOf(AttemptNotFound.class);
  }

  private SaveOutcome save(Instant now, int position, long base, Response response) {
    return db.inTransaction(
        em -> attempts(em, now).saveAnswer(attemptId, learner, position, base, response));
  }

  private static Attempts attempts(EntityManager em, Instant now) {
    return new Attempts(em, at(now), new PublishedQuestions(em));
  }
}
