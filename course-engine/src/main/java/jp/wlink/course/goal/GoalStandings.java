package jp.wlink.course.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.adaptive.PolicySettings;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.progress.Pace;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.exam.MockExamScores;

/**
 * Where a learner stands against their study goal: the days to the exam and the readiness estimate
 * from the learner model's mastery of the certification's skills and their latest mock exams of its
 * blueprint.
 */
@ApplicationScoped
@Transactional
public class GoalStandings {
  private final ExamReadiness readiness =
      new ExamReadiness(PolicySettings.defaults().masteryThreshold());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private StudyGoals goals;
  @Inject private LearningRecord record;
  @Inject private Clock clock;

  protected GoalStandings() {}

  /** For tests outside a container. */
  public GoalStandings(EntityManager em, LearningRecord record, Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.record = Objects.requireNonNull(record);
    this.clock = Objects.requireNonNull(clock);
    this.goals = new StudyGoals(em, clock);
  }

  /** The learner's standing, if they have a goal. */
  public Optional<GoalStanding> of(long learnerId) {
    return goals.stored(learnerId).flatMap(g -> standing(learnerId, g));
  }

  private Optional<GoalStanding> standing(long learnerId, StoredStudyGoal goal) {
    Blueprint blueprint = em.find(Blueprint.class, goal.getBlueprintId());
    if (blueprint == null) {
      return Optional.empty();
    }
    LocalDate today = clock.instant().atZone(Pace.JAPAN).toLocalDate();
    Readiness estimate =
        readiness.estimate(
            masteries(learnerId, blueprint),
            new MockExamScores(em)
                .latest(learnerId, blueprint.getId(), ExamReadiness.MOCK_EXAMS_COUNTED),
            today,
            goal.getExamDate());
    return Optional.of(
        new GoalStanding(
            blueprint.getId(),
            blueprint.getCode(),
            blueprint.getName(),
            blueprint.getNameEn(),
            goal.getExamDate(),
            estimate));
  }

  private List<Double> masteries(long learnerId, Blueprint blueprint) {
    LearnerModel model = record.model();
    LearnerState state = record.currentState(learnerId);
    return goals.skillsOf(blueprint).stream()
        .map(
            skill ->
                record
                    .skillNumber(skill)
                    .filter(n -> state.answersAt(n) > 0)
                    .map(n -> model.mastery(state, n))
                    .orElse(0.0))
        .toList();
  }
}
