package jp.wlink.course.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import jp.wlink.course.adaptive.CourseMap;
import jp.wlink.course.adaptive.NextActivity;
import jp.wlink.course.adaptive.NextActivityPolicy;
import jp.wlink.course.adaptive.StudyGoal;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.goal.StudyGoals;
import jp.wlink.course.learning.Recommendation.SkillMastery;
import jp.wlink.course.model.ItemRef;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.question.bank.PublishedQuestions;
import jp.wlink.question.exam.ExamQuestions.Candidate;

/**
 * Chooses a learner's next activity in a course they are enrolled on: builds the course map from
 * the catalogue and the question bank's published items by skill, the learner's snapshot from the
 * learning record and the study record, and asks the {@link NextActivityPolicy}. Course maps are
 * kept per course version and state of the published questions ({@link CourseMaps}).
 */
@ApplicationScoped
@Transactional
public class NextActivities {
  private static final Logger LOG = Logger.getLogger(NextActivities.class.getName());

  /** How many of the earliest review cards the policy is shown. */
  static final int REVIEWS_SHOWN = 50;

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private LearningRecord record;
  @Inject private Clock clock;
  @Inject private StudyGoals goals;
  private final NextActivityPolicy policy = NextActivityPolicy.defaults();

  /** How many courses' maps are kept, and for how long at most. */
  static final int MAPS_KEPT = 200;

  static final Duration MAP_MAX_AGE = Duration.ofMinutes(10);
  private final CourseMaps maps = new CourseMaps(MAPS_KEPT, MAP_MAX_AGE, System::nanoTime);
  private final QuestionStamp questions =
      new QuestionStamp(Duration.ofSeconds(5), System::nanoTime);

  /** How late a course newly aiming at a certification reaches the goals of its learners. */
  static final Duration CERTIFICATION_MAX_AGE = Duration.ofSeconds(60);

  private final GoalCertifications certifications =
      new GoalCertifications(CERTIFICATION_MAX_AGE, System::nanoTime);

  protected NextActivities() {}

  /** For tests outside a container. */
  public NextActivities(EntityManager em, LearningRecord record, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.record = Objects.requireNonNull(record);
    this.clock = Objects.requireNonNull(clock);
    this.goals = new StudyGoals(em, clock);
  }

  /**
   * The learner's standing and next activity in the course, if they are enrolled on it. Three reads
   * by key: the enrolment with its completions, the course's version and whether a study goal is
   * set; the learner's state; the review cards that can be chosen. The goal itself is a fourth read
   * only when one is set; the course map and the goal's certification with its skills come from
   * their caches.
   */
  public Optional<Recommendation> recommend(long learnerId, long courseId) {
    Optional<EnrolmentStanding> enrolment = EnrolmentStanding.of(em, learnerId, courseId);
    if (enrolment.isEmpty()) {
      return Optional.empty();
    }
    EnrolmentStanding standing = enrolment.get();
    LearnerModel model = record.model();
    CourseMaps.Built built = courseMap(courseId, standing.courseVersion(), model);
    Instant now = clock.instant();

    StoredSnapshot snapshot = snapshot(learnerId, standing, built, model, now);
    CourseMap map = built.map();
    List<SkillMastery> skills = masteries(map, model, snapshot.state(), built.skillNumbers());
    return Optional.of(
        new Recommendation(
            courseId,
            policy.nextActivity(map, snapshot, now),
            policy.promotion(map, snapshot, now),
            snapshot.level(),
            skills));
  }

  private StoredSnapshot snapshot(
      long learnerId,
      EnrolmentStanding standing,
      CourseMaps.Built built,
      LearnerModel model,
      Instant now) {
    Optional<StoredLearnerState> stored = record.stateOf(learnerId);
    LearnerState state = stored.map(StoredLearnerState::state).orElseGet(model::newLearner);
    Optional<StudyGoal> goal = standing.hasGoal() ? goalOf(learnerId) : Optional.empty();
    return new StoredSnapshot(
        model,
        state,
        built.skillNumbers(),
        built.itemSkills(),
        standing.lessonsCompleted(),
        standing.checkpointsPassed(),
        built.map().studyLevel(standing.level()),
        record.reviewsDueFirst(learnerId, reviewHorizon(now, goal), REVIEWS_SHOWN),
        stored.flatMap(StoredLearnerState::lastQuestionId),
        goal);
  }

  private Optional<StudyGoal> goalOf(long learnerId) {
    long published = questions.current(em);
    return goals
        .stored(learnerId)
        .flatMap(
            g ->
                certifications
                    .get(
                        g.getBlueprintId(),
                        published,
                        () -> goals.certification(g.getBlueprintId()))
                    .map(c -> c.goal(g.getExamDate())));
  }

  /**
   * Raises the learner's level on the course to the promotion the policy offers now, whether or not
   * it is the next activity; returns the new level, or nothing when no promotion is earned.
   */
  public Optional<Integer> acceptPromotion(long learnerId, long courseId) {
    Optional<NextActivity> promotion =
        recommend(learnerId, courseId).flatMap(Recommendation::promotion);
    if (promotion.isEmpty()) {
      return Optional.empty();
    }
    Enrolment enrolment = enrolment(learnerId, courseId).orElseThrow();
    int level = (int) promotion.get().targetId();
    enrolment.promoteTo(level);

    LOG.info(() -> "Promoted learner " + learnerId + " to level " + level + " on " + courseId);
    return Optional.of(level);
  }

  /**
   * The course's map with the skill numbers it was built with, kept between calls: the maps are
   * shared and must not be changed.
   */
  private CourseMaps.Built courseMap(long courseId, long version, LearnerModel model) {
    CourseMaps.Key key = new CourseMaps.Key(courseId, version, questions.current(em));
    return maps.get(key, () -> buildMap(em.find(Course.class, courseId), model));
  }

  /**
   * The latest due date of a card the policy may choose: due now, or, with a study goal, due before
   * the exam day begins in any time zone. A second later still, as the database may round the time.
   */
  private static Instant reviewHorizon(Instant now, Optional<StudyGoal> goal) {
    Instant horizon =
        goal.map(g -> g.examDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            .filter(now::isBefore)
            .orElse(now);
    return horizon.plusSeconds(1);
  }

  private CourseMaps.Built buildMap(Course course, LearnerModel model) {
    Map<String, Integer> numbers = new HashMap<>();
    Map<Long, Integer> items = new HashMap<>();
    PublishedQuestions bank = new PublishedQuestions(em);
    CourseMap map =
        CourseMapping.map(
            CourseShape.of(course),
            skill -> {
              int number = record.numberSkill(skill);
              numbers.put(skill, number);
              List<Long> ids =
                  bank.bySkills(List.of(skill)).stream().map(Candidate::questionId).toList();
              ids.forEach(id -> items.putIfAbsent(id, number));
              return ids;
            },
            (item, skill) -> model.difficulties().of(new ItemRef(item, items.get(item))).value());
    return new CourseMaps.Built(map, numbers, items);
  }

  private static List<SkillMastery> masteries(
      CourseMap map, LearnerModel model, LearnerState state, Map<String, Integer> numbers) {
    return map.skillIds().stream()
        .map(
            skill -> {
              int number = numbers.get(skill);
              double mastery = state.answersAt(number) == 0 ? 0 : model.mastery(state, number);
              return new SkillMastery(skill, map.levelOf(skill).orElse(1), mastery);
            })
        .toList();
  }

  private Optional<Enrolment> enrolment(long learnerId, long courseId) {
    return em.createNamedQuery(Enrolment.OF_LEARNER_ON_COURSE, Enrolment.class)
        .setParameter("learnerId", learnerId)
        .setParameter("courseId", courseId)
        .getResultStream()
        .findFirst();
  }
}
