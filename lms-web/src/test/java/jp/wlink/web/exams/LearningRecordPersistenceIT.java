package jp.wlink.web.exams;

import static jp.wlink.web.exams.ExamFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.wlink.course.adaptive.ScheduledReview;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.StoredLearnerState;
import jp.wlink.course.learning.StoredReviewCard;
import jp.wlink.course.review.CardState;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.exam.AttemptScored;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.question.exam.Submissions;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submitted practice quiz reaches the course engine's learning record: the question bank
 * announces the scored answers with their skills, and the learner's model state and review cards
 * are stored on MariaDB.
 */
class LearningRecordPersistenceIT {
  private static final Instant START = Instant.parse("2026-12-04T01:00:00Z");
  private static final Response RIGHT = new Response.Chosen(Set.of(0));
  private static final Response WRONG = new Response.Chosen(Set.of(1));

  private final TestDatabase db = TestDatabase.get();
  private final List<AttemptScored> announced = new ArrayList<>();
  private long learner;
  private String skill;

  @BeforeEach
  void publishThreeQuestionsOfASkill() {
    learner = db.inTransaction(ExamFixtures::learner);
    skill = TestRecords.unique("ws.coagulation-");
    for (String stem : List.of("凝集剤", "フロック", "急速攪拌")) {
      db.run(
          em -> ExamFixtures.publishForSkill(em, skill, ExamFixtures.singleChoice(stem), learner));
    }
  }

  @Test
  void aScoredPracticeQuizUpdatesTheModelStateAndOneReviewCardPerQuestion() {
    Instant submitted = START.plusSeconds(300);
    AttemptScored scored = practise(submitted, RIGHT, RIGHT, WRONG);

    db.run(em -> new LearningRecord(em).learn(scored));

    assertThat(scored.answers()).hasSize(3).allMatch(a -> a.skills().equals(List.of(skill)));
    EntityManager em = db.entityManager();
    LearningRecord record = new LearningRecord(em);
    StoredLearnerState state = record.stateOf(learner).orElseThrow();
    assertThat(state.getAnswers()).isEqualTo(3);
    assertThat(state.state().answersAt(record.skillNumber(skill).orElseThrow())).isEqualTo(3);
    assertThat(state.lastQuestionId()).isPresent();
    List<StoredReviewCard> cards = record.reviewsDueFirst(learner, 10);
    assertThat(cards).hasSize(3).allMatch(c -> c.getSkill().equals(skill));
    assertThat(cards.get(0).card().due()).isBefore(submitted.plus(Duration.ofHours(1)));
    assertThat(cards).allMatch(c -> c.card().state() == CardState.LEARNING);
    assertThat(record.reviewsDueBy(learner, submitted.plus(Duration.ofDays(1)))).isEqualTo(3);
    assertThat(record.reviewsDueBy(learner, submitted)).isZero();
    em.close();
  }

  @Test
  void aSecondQuizIsLearntOnTopOfTheFirstAndReschedulesTheSameCards() {
    AttemptScored first = practise(START.plusSeconds(300), RIGHT, RIGHT, RIGHT);
    db.run(em -> new LearningRecord(em).learn(first));
    AttemptScored second = practise(START.plus(Duration.ofHours(2)), RIGHT, RIGHT, RIGHT);
    db.run(em -> new LearningRecord(em).learn(second));

    EntityManager em = db.entityManager();
    LearningRecord record = new LearningRecord(em);
    assertThat(record.stateOf(learner).orElseThrow().getAnswers()).isEqualTo(6);
    List<StoredReviewCard> cards = record.reviewsDueFirst(learner, 10);
    assertThat(cards).hasSize(3).allMatch(c -> c.card().reps() == 2);
    assertThat(cards).allMatch(c -> c.card().state() == CardState.REVIEW);
    double mastery =
        record.model().mastery(record.currentState(learner), record.skillNumber(skill).get());
    assertThat(mastery).isGreaterThan(record.model().mastery(record.model().newLearner(), 0));
    em.close();
  }

  @Test
  void theCardsDueByATimeAreReadAsTheStoredCardsEarliestFirstAndNoLaterOnes() {
    Instant submitted = START.plusSeconds(300);
    db.run(em -> new LearningRecord(em).learn(practise(submitted, WRONG, RIGHT, RIGHT)));

    EntityManager em = db.entityManager();
    LearningRecord record = new LearningRecord(em);
    List<StoredReviewCard> stored = record.reviewsDueFirst(learner, 10);
    Instant firstDue = stored.get(0).card().due();
    Instant lastDue = stored.get(2).card().due();
    List<ScheduledReview> first = record.reviewsDueFirst(learner, firstDue, 10);
    assertThat(first).extracting(ScheduledReview::itemId).containsExactly(id(stored, 0));
    assertThat(first.get(0).card()).isEqualTo(stored.get(0).card());
    assertThat(first.get(0).skillId()).isEqualTo(skill);
    assertThat(record.reviewsDueFirst(learner, lastDue, 2))
        .extracting(ScheduledReview::itemId)
        .containsExactly(id(stored, 0), id(stored, 1));
    assertThat(record.reviewsDueFirst(learner, submitted, 10)).isEmpty();
    em.close();
  }

  private static long id(List<StoredReviewCard> cards, int index) {
    return cards.get(index).getQuestionId();
  }

  private AttemptScored practise(Instant submitted, Response... responses) {
    StartOutcome outcome =
        db.inTransaction(
            em ->
                attempts(em, submitted.minusSeconds(120))
                    .startPractice(learner, PracticeSpec.skills(List.of(skill), 3)));
    long attemptId = ((StartOutcome.Started) outcome).attemptId();
    for (int i = 0; i < responses.length; i++) {
      int position = i + 1;
      Response response = responses[i];
      db.run(
          em ->
              attempts(em, submitted.minusSeconds(60))
                  .saveAnswer(attemptId, learner, position, 0, response));
    }
    announced.clear();
    db.run(
        em ->
            new Submissions(em, at(submitted), new PublishedQuestions(em), announced::add)
                .submit(attemptId, learner));
    assertThat(announced).hasSize(1);
    return announced.get(0);
  }

  private static Attempts attempts(EntityManager em, Instant now) {
    return new Attempts(em, at(now), new PublishedQuestions(em));
  }
}
