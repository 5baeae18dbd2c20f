package jp.wlink.web.exams;

import static jp.wlink.web.exams.ExamFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.wlink.course.learning.FitOutcome;
import jp.wlink.course.learning.FitTrigger;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.ModelFitting;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.ItemRef;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.AttemptScored;
import jp.wlink.question.exam.AttemptScored.ScoredAnswer;
import jp.wlink.question.exam.Attempts;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.question.exam.StartOutcome;
import jp.wlink.question.exam.Submissions;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The learner model shared through MariaDB: every scored answer moves the stored calibration of its
 * item in the transaction that stores the learner's state, whichever instance (here: whichever
 * {@link LearningRecord}) learns it; a fitted model is stored and a new instance takes it up; and
 * learners answering the same items at once wait for each other but never deadlock.
 */
class SharedLearnerModelPersistenceIT {
  private static final Instant START = Instant.parse("2026-12-04T01:00:00Z");

  private final TestDatabase db = TestDatabase.get();
  private String skill;
  private List<Long> questions;

  @BeforeEach
  void publishThreeQuestionsOfASkill() {
    long author = db.inTransaction(ExamFixtures::learner);
    skill = TestRecords.unique("ws.filtration-");
    for (String stem : List.of("ろ過速度", "逆洗", "ろ材")) {
      db.run(
          em -> ExamFixtures.publishForSkill(em, skill, ExamFixtures.singleChoice(stem), author));
    }
    questions =
        db.inTransaction(
            em ->
                new PublishedQuestions(em)
                    .bySkills(List.of(skill)).stream()
                        .map(Candidate::questionId)
                        .sorted()
                        .toList());
  }

  @Test
  void twoLearnersOnTwoInstancesBothMoveTheStoredDifficultyOfAnItem() {
    long first = db.inTransaction(ExamFixtures::learner);
    long second = db.inTransaction(ExamFixtures::learner);
    long item = questions.get(0);

    db.run(em -> new LearningRecord(em).learn(scored(first, 0, item)));
    StoredRow afterFirst = itemRow(item);
    db.run(em -> new LearningRecord(em).learn(scored(second, 0, item)));
    StoredRow afterSecond = itemRow(item);

    assertThat(afterFirst.answers()).isEqualTo(1);
    assertThat(afterFirst.offset()).isPositive();
    assertThat(afterSecond.answers()).isEqualTo(2);
    assertThat(afterSecond.offset()).isGreaterThan(afterFirst.offset());
    assertThat(afterSecond.variance()).isLessThan(afterFirst.variance());
    assertThat(skillAnswers()).isEqualTo(2);
  }

  @Test
  void aNewInstanceReadsBackTheCalibrationAnotherInstanceStored() {
    long learner = db.inTransaction(ExamFixtures::learner);
    long item = questions.get(1);
    db.run(em -> new LearningRecord(em).learn(scored(learner, 1, item)));

    EntityManager em = db.entityManager();
    LearningRecord restarted = new LearningRecord(em);
    int number = restarted.skillNumber(skill).orElseThrow();
    Difficulty read = restarted.model().difficulties().itemOffset(item).orElseThrow();
    em.close();

    StoredRow stored = itemRow(item);
    assertThat(read.value()).isEqualTo(stored.offset()).isNegative();
    assertThat(read.variance()).isEqualTo(stored.variance());
    assertThat(restartedSkillIsCalibrated(number)).isTrue();
  }

  @Test
  void aFittedModelIsStoredAndTakenIntoUseByANewInstance() {
    for (int l = 0; l < 5; l++) {
      long learner = db.inTransaction(ExamFixtures::learner);
      practise(learner, START.plusSeconds(600L * l), l % 2 == 0);
      practise(learner, START.plusSeconds(600L * l + 300), true);
    }

    FitOutcome outcome =
        db.inTransaction(
            em ->
                new ModelFitting(em, new LearningRecord(em), at(START), 30).fit(FitTrigger.ADMIN));

    assertThat(outcome.kind()).isEqualTo(FitOutcome.Kind.FITTED);
    assertThat(outcome.answers()).isGreaterThanOrEqualTo(30);
    EntityManager em = db.entityManager();
    LearningRecord restarted = new LearningRecord(em);
    assertThat(restarted.model().weights().skills()).isPositive();
    assertThat(restarted.storedModel().orElseThrow().getId()).isEqualTo(outcome.modelId());
    assertThat(restarted.storedModel().get().getFittedBy()).isEqualTo(FitTrigger.ADMIN);
    em.close();
  }

  @Test
  void tooFewAnswersKeepTheModelInUse() {
    long before = models();

    FitOutcome outcome =
        db.inTransaction(
            em ->
                new ModelFitting(em, new LearningRecord(em), at(START), Integer.MAX_VALUE)
                    .fit(FitTrigger.ADMIN));

    assertThat(outcome.kind()).isEqualTo(FitOutcome.Kind.TOO_FEW_ANSWERS);
    assertThat(outcome.minimumAnswers()).isEqualTo(Integer.MAX_VALUE);
    assertThat(models()).isEqualTo(before);
  }

  @Test
  void learnersAnsweringTheSameItemsAtOnceNeitherDeadlockNorLoseAnAnswer() throws Exception {
    int learners = 8;
    long numbersTheSkill = db.inTransaction(ExamFixtures::learner);
    db.run(em -> new LearningRecord(em).learn(scored(numbersTheSkill, 1, questions.get(0))));
    List<Long> ids = new ArrayList<>();
    for (int l = 0; l < learners; l++) {
      ids.add(db.inTransaction(ExamFixtures::learner));
    }
    ExecutorService threads = Executors.newFixedThreadPool(learners);
    List<Future<?>> done = new ArrayList<>();
    for (int l = 0; l < learners; l++) {
      long learner = ids.get(l);
      List<Long> order = new ArrayList<>(questions);
      if (l % 2 == 1) {
        Collections.reverse(order);
      }
      done.add(threads.submit(() -> answerFiveTimes(learner, order)));
    }
    for (Future<?> each : done) {
      each.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(itemRow(questions.get(0)).answers()).isEqualTo(learners + 1);
    assertThat(itemRow(questions.get(1)).answers()).isEqualTo(learners);
    assertThat(itemRow(questions.get(2)).answers()).isEqualTo(learners);
    assertThat(skillAnswers()).isEqualTo(3L * learners + 1);
  }

  private void answerFiveTimes(long learner, List<Long> order) {
    for (int attempt = 0; attempt < 5; attempt++) {
      List<ScoredAnswer> answers = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        answers.add(new ScoredAnswer(order.get(i), List.of(skill), (attempt + i) % 2));
      }
      AttemptScored scored =
          new AttemptScored(attempt, learner, AttemptKind.PRACTICE, START, answers);
      db.run(em -> new LearningRecord(em).learn(scored));
    }
  }

  private AttemptScored scored(long learner, double score, long item) {
    return new AttemptScored(
        1,
        learner,
        AttemptKind.PRACTICE,
        START,
        List.of(new ScoredAnswer(item, List.of(skill), score)));
  }

  private void practise(long learner, Instant submitted, boolean right) {
    Response response = new Response.Chosen(Set.of(right ? 0 : 1));
    StartOutcome outcome =
        db.inTransaction(
            em ->
                attempts(em, submitted.minusSeconds(120))
                    .startPractice(learner, PracticeSpec.skills(List.of(skill), 3)));
    long attemptId = ((StartOutcome.Started) outcome).attemptId();
    for (int position = 1; position <= 3; position++) {
      int slot = position;
      db.run(
          em ->
              attempts(em, submitted.minusSeconds(60))
                  .saveAnswer(attemptId, learner, slot, 0, response));
    }
    db.run(
        em ->
            new Submissions(em, at(submitted), new PublishedQuestions(em), scored -> {})
                .submit(attemptId, learner));
  }

  private static Attempts attempts(EntityManager em, Instant now) {
    return new Attempts(em, at(now), new PublishedQuestions(em));
  }

  private StoredRow itemRow(long item) {
    return db.inTransaction(
        em -> {
          Object[] row =
              (Object[])
                  em.createNativeQuery(
                          "SELECT offset_from_skill, variance, answers FROM item_calibration"
                              + " WHERE question_id = ?")
                      .setParameter(1, item)
                      .getSingleResult();
          return new StoredRow(
              ((Number) row[0]).doubleValue(),
              ((Number) row[1]).doubleValue(),
              ((Number) row[2]).intValue());
        });
  }

  private long skillAnswers() {
    return db.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT c.answers FROM skill_calibration c"
                                + " JOIN skill_number s ON s.id = c.skill_id WHERE s.skill = ?")
                        .setParameter(1, skill)
                        .getSingleResult())
                .longValue());
  }

  private boolean restartedSkillIsCalibrated(int number) {
    EntityManager em = db.entityManager();
    try {
      Difficulty typical =
          new LearningRecord(em).model().difficulties().of(ItemRef.typical(number));
      return typical.variance() < 1.0;
    } finally {
      em.close();
    }
  }

  private long models() {
    return db.inTransaction(
        em ->
            ((Number) em.createNativeQuery("SELECT COUNT(*) FROM learner_model").getSingleResult())
                .longValue());
  }

  private record StoredRow(double offset, double variance, int answers) {}
}
