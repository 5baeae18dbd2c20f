package jp.wlink.course.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.course.adaptive.PolicySettings;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.SkillLevel;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.placement.PlacementResult;
import jp.wlink.course.placement.PlacementRules;
import jp.wlink.course.placement.PlacementTest;
import jp.wlink.course.placement.SkillPlacement;
import jp.wlink.course.placement.StartingLevel;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.exam.ExamQuestions.Candidate;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.scoring.Scorer;

/**
 * Runs placement tests ("レベル判定テスト") over a course's skills with the question bank's published
 * single-choice questions, scoring each answer with the bank's scorer. When a test ends, by its
 * rule or because the learner skipped the rest, the learner's state is stored with what the test
 * learnt and when it ran, and the learner's enrolment starts at the level {@link StartingLevel}
 * finds (never lower than a level already reached). A learner may start again at any time.
 */
// LIMITATION: only single-choice questions are asked, since the page shows one choice list; and a
// state changed by practice while a test runs is overwritten by the test's when it ends.
@ApplicationScoped
@Transactional
public class Placements {
  private static final Logger LOG = Logger.getLogger(Placements.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private LearningRecord record;
  @Inject private Clock clock;
  private final Scorer scorer = new Scorer();
  private final StartingLevel startingLevel =
      new StartingLevel(PolicySettings.defaults().masteryThreshold());

  protected Placements() {}

  /** For tests outside a container. */
  public Placements(EntityManager em, LearningRecord record, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.record = Objects.requireNonNull(record);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Starts a test on the course's skills, or empty when the bank has no question for them. */
  public Optional<PlacementSession> start(long learnerId, long courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null) {
      return Optional.empty();
    }
    PublishedQuestions bank = new PublishedQuestions(em);
    List<ItemRef> pool = new ArrayList<>();
    Map<Long, Long> versions = new HashMap<>();
    Map<Integer, String> skills = new HashMap<>();
    for (SkillLevel skill : course.getSkills()) {
      int number = record.numberSkill(skill.getSkill());
      skills.put(number, skill.getSkill());
      for (Candidate candidate : singleChoices(bank, skill.getSkill())) {
        if (versions.putIfAbsent(candidate.questionId(), candidate.versionId()) == null) {
          pool.add(new ItemRef(candidate.questionId(), number));
        }
      }
    }
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    LearnerState state = record.currentState(learnerId);
    PlacementTest test =
        PlacementTest.start(record.model(), state, pool, PlacementRules.defaults());
    return Optional.of(new PlacementSession(learnerId, courseId, test, state, versions, skills));
  }

  /** The question to show now, if the test is still running. */
  public Optional<QuestionContent> question(PlacementSession session) {
    return session
        .currentVersion()
        .map(version -> new PublishedQuestions(em).contents(List.of(version)).get(version));
  }

  /** Scores the answer to the question shown; stores the state when that ends the test. */
  public void answer(PlacementSession session, Response response) {
    ItemRef item = session.asked().orElseThrow(() -> new IllegalStateException("test ended"));
    QuestionContent question = question(session).orElseThrow();
    boolean correct = scorer.score(question, response).fraction() >= 0.5;

    session.test().answer(item, correct);
    if (session.finished()) {
      store(session);
    }
  }

  /** Ends the test at the learner's wish, keeping what the answers so far showed. */
  public void skip(PlacementSession session) {
    session.test().skip();
    store(session);
  }

  private void store(PlacementSession session) {
    record.placed(session.learnerId(), session.state(), clock.instant());
    placeOnCourse(session);

    LOG.info(
        () ->
            "Placement of learner "
                + session.learnerId()
                + " on course "
                + session.courseId()
                + " ended after "
                + session.answered()
                + " answers");
  }

  /**
   * Starts the learner's enrolment at the level {@link StartingLevel} finds with the policy's
   * mastery threshold; a skipped test or a learner not enrolled changes no level.
   */
  private void placeOnCourse(PlacementSession session) {
    PlacementResult result = session.result();
    Course course = em.find(Course.class, session.courseId());
    Optional<Enrolment> enrolment = enrolment(session.learnerId(), session.courseId());
    if (result.skipped() || course == null || enrolment.isEmpty()) {
      return;
    }
    Map<String, Integer> levels = new HashMap<>();
    course.getSkills().forEach(s -> levels.put(s.getSkill(), s.getLevel()));
    Map<String, Double> mastery = new HashMap<>();
    for (SkillPlacement placed : result.skills()) {
      double value = record.model().mastery(session.state(), placed.skill());
      mastery.put(session.skillId(placed.skill()), value);
    }
    int level = startingLevel.of(levels, mastery);

    enrolment.get().placeAt(level);
    session.startAt(enrolment.get().getReachedLevel());
    LOG.info(() -> "Placed learner " + session.learnerId() + " at level " + level);
  }

  private Optional<Enrolment> enrolment(long learnerId, long courseId) {
    return em.createNamedQuery(Enrolment.OF_LEARNER_ON_COURSE, Enrolment.class)
        .setParameter("learnerId", learnerId)
        .setParameter("courseId", courseId)
        .getResultStream()
        .findFirst();
  }

  private static List<Candidate> singleChoices(PublishedQuestions bank, String skill) {
    List<Candidate> candidates = bank.bySkills(List.of(skill));
    Map<Long, QuestionContent> contents =
        bank.contents(candidates.stream().map(Candidate::versionId).toList());
    return candidates.stream()
        .filter(c -> contents.get(c.versionId()).type() == QuestionType.SINGLE_CHOICE)
        .toList();
  }
}
