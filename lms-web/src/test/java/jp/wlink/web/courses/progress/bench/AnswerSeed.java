package jp.wlink.web.courses.progress.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import jp.wlink.course.model.Difficulties;
import jp.wlink.course.model.Difficulty;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.LearnerStates;
import jp.wlink.course.model.ModelSettings;
import jp.wlink.course.model.Weights;
import jp.wlink.course.review.AnswerGrading;
import jp.wlink.course.review.ReviewCard;
import jp.wlink.course.review.ReviewScheduler;
import jp.wlink.question.bank.UtcInstantConverter;

/**
 * Writes every learner's answers as the application stores them: practice attempts of 10 answers
 * with their slots, and what the learning record derives from them, replayed through the real
 * learner model and FSRS scheduler: the learner's state, a review card per question answered, and
 * the shared calibration of every skill and item. A learner of ability θ has reached a random
 * number of the course's skills and answers items of those at random, correctly with probability
 * σ(θ − d) for the item's true difficulty d, over the last 60 days.
 */
final class AnswerSeed {
  static final int PER_ATTEMPT = 10;
  private static final UtcInstantConverter TIME = new UtcInstantConverter();
  private static final Duration SPAN = Duration.ofDays(60);

  private final DataSource dataSource;
  private final int[] skillNumbers;
  private final int perSkill;
  private final SplittableRandom random = new SplittableRandom(20261204);
  private final double[] trueDifficulty;
  private final Difficulties calibration = Difficulties.fresh(ModelSettings.defaults());
  private final LearnerModel model =
      LearnerModel.of(ModelSettings.defaults(), Weights.coreOnly(), calibration);
  private final ReviewScheduler scheduler = ReviewScheduler.defaults();
  private final AnswerGrading grading = AnswerGrading.defaults();
  private long nextAttempt = 1;

  AnswerSeed(DataSource dataSource, int[] skillNumbers, int perSkill) {
    this.dataSource = dataSource;
    this.skillNumbers = skillNumbers;
    this.perSkill = perSkill;
    this.trueDifficulty = new double[skillNumbers.length * perSkill + 1];
    for (int q = 1; q < trueDifficulty.length; q++) {
      trueDifficulty[q] = random.nextGaussian();
    }
  }

  /** Answers of learners {@code first .. first+count-1}, {@code each} per learner. */
  void answer(long first, int count, int each) throws SQLException {
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(false);
      for (int start = 0; start < count; start += 50) {
        try (Batch batch = new Batch(db)) {
          for (long l = first + start; l < first + Math.min(count, start + 50); l++) {
            learner(batch, l, each);
          }
        }
        db.commit();
      }
      storeCalibration(db);
      db.commit();
    }
  }

  private void learner(Batch batch, long learner, int each) throws SQLException {
    double ability = random.nextGaussian();
    int reached = 1 + random.nextInt(skillNumbers.length);
    LearnerState state = model.newLearner();
    Map<Long, ReviewCard> cards = new LinkedHashMap<>();
    Map<Long, Integer> skillOf = new LinkedHashMap<>();
    Instant start = OfficerTableSeed.NOW.minus(SPAN);
    long lastQuestion = 0;
    for (int a = 0; a < each; a++) {
      int skill = random.nextInt(reached);
      long question = 1 + (long) skill * perSkill + random.nextInt(perSkill);
      boolean correct =
          random.nextDouble() < 1 / (1 + Math.exp(trueDifficulty[(int) question] - ability));
      Instant at = start.plus(SPAN.multipliedBy(a).dividedBy(each)).plusSeconds(random.nextInt(60));
      if (a % PER_ATTEMPT == 0) {
        batch.attempt(nextAttempt++, learner, at);
      }
      batch.slot(nextAttempt - 1, a % PER_ATTEMPT + 1, question, correct, at);
      model.update(state, new ItemRef(question, skillNumbers[skill]), correct);
      ReviewCard card = cards.getOrDefault(question, ReviewCard.fresh(at));
      cards.put(
          question, scheduler.review(card, grading.grade(correct ? 1 : 0, Duration.ZERO), at));
      skillOf.put(question, skill);
      lastQuestion = question;
    }
    batch.state(learner, state, lastQuestion);
    for (Map.Entry<Long, ReviewCard> card : cards.entrySet()) {
      batch.card(
          learner,
          card.getKey(),
          NextActivitySeed.skill(skillOf.get(card.getKey())),
          card.getValue());
    }
  }

  private void storeCalibration(Connection db) throws SQLException {
    Object now = TIME.convertToDatabaseColumn(Instant.now());
    try (PreparedStatement skills =
            db.prepareStatement(
                "INSERT INTO skill_calibration (skill_id, difficulty, variance, answers,"
                    + " updated_at) VALUES (?, ?, ?, 1, ?)");
        PreparedStatement items =
            db.prepareStatement(
                "INSERT INTO item_calibration (question_id, offset_from_skill, variance, answers,"
                    + " updated_at) VALUES (?, ?, ?, 1, ?)")) {
      calibration.eachSkill((number, d) -> bind(skills, number + 1L, d, now));
      calibration.eachItem((d, item) -> bind(items, item, d, now));
      skills.executeBatch();
      items.executeBatch();
    }
  }

  private static void bind(PreparedStatement sql, long id, Difficulty d, Object now) {
    try {
      sql.setLong(1, id);
      sql.setDouble(2, d.value());
      sql.setDouble(3, d.variance());
      sql.setObject(4, now);
      sql.addBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The prepared inserts of one batch of learners, executed on close. */
  private static final class Batch implements AutoCloseable {
    private final PreparedStatement attempts;
    private final PreparedStatement slots;
    private final PreparedStatement states;
    private final PreparedStatement cards;

    Batch(Connection db) throws SQLException {
      attempts =
          db.prepareStatement(
              "INSERT INTO exam_attempt (id, learner_id, kind, started_at, state, submitted_at,"
                  + " ending, points, possible, passed, provisional, version)"
                  + " VALUES (?, ?, 'PRACTICE', ?, 'SUBMITTED', ?, 'BY_LEARNER', 0, 10, FALSE,"
                  + " FALSE, 1)");
      slots =
          db.prepareStatement(
              "INSERT INTO attempt_slot (attempt_id, position, question_id, question_version_id,"
                  + " subject, choice_seed, response, revision, saved_at, flagged, score,"
                  + " awaiting_grading) VALUES (?, ?, ?, ?, '', 0, ?, 1, ?, FALSE, ?, FALSE)");
      states =
          db.prepareStatement(
              "INSERT INTO learner_state (account_id, state, answers, last_question_id,"
                  + " updated_at, version) VALUES (?, ?, ?, ?, ?, 1)");
      cards =
          db.prepareStatement(
              "INSERT INTO review_card (account_id, question_id, skill, state, step, stability,"
                  + " difficulty, due, last_review, reps, lapses)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void attempt(long id, long learner, Instant at) throws SQLException {
      attempts.setLong(1, id);
      attempts.setLong(2, learner);
      attempts.setObject(3, TIME.convertToDatabaseColumn(at));
      attempts.setObject(4, TIME.convertToDatabaseColumn(at.plusSeconds(300)));
      attempts.addBatch();
    }

    void slot(long attempt, int position, long question, boolean correct, Instant at)
        throws SQLException {
      slots.setLong(1, attempt);
      slots.setInt(2, position);
      slots.setLong(3, question);
      slots.setLong(4, question);
      slots.setString(5, correct ? "{\"chosen\":[0]}" : "{\"chosen\":[1]}");
      slots.setObject(6, TIME.convertToDatabaseColumn(at));
      slots.setDouble(7, correct ? 1 : 0);
      slots.addBatch();
    }

    void state(long learner, LearnerState state, long lastQuestion) throws SQLException {
      states.setLong(1, learner);
      states.setBytes(2, LearnerStates.write(state));
      states.setInt(3, state.answers());
      states.setLong(4, lastQuestion);
      states.setObject(5, TIME.convertToDatabaseColumn(OfficerTableSeed.NOW));
      states.addBatch();
    }

    void card(long learner, long question, String skill, ReviewCard card) throws SQLException {
      cards.setLong(1, learner);
      cards.setLong(2, question);
      cards.setString(3, skill);
      cards.setString(4, card.state().name());
      cards.setInt(5, card.step());
      cards.setDouble(6, card.stability());
      cards.setDouble(7, card.difficulty());
      cards.setObject(8, TIME.convertToDatabaseColumn(card.due()));
      cards.setObject(
          9, card.lastReview() == null ? null : TIME.convertToDatabaseColumn(card.lastReview()));
      cards.setInt(10, card.reps());
      cards.setInt(11, card.lapses());
      cards.addBatch();
    }

    @Override
    public void close() throws SQLException {
      attempts.executeBatch();
      slots.executeBatch();
      states.executeBatch();
      cards.executeBatch();
      attempts.close();
      slots.close();
      states.close();
      cards.close();
    }
  }
}
