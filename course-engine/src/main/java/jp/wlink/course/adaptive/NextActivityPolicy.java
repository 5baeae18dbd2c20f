package jp.wlink.course.adaptive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.course.review.MemoryModel;

/**
 * Chooses a learner's next activity in a course and says why. Rules, in order: a due review (on the
 * target exam's skills first while the exam is in focus); promotion; a unit checkpoint; while the
 * exam is in focus, lessons, practice and early reviews on its skills; other due reviews; a new
 * lesson or practice in the 70–85% band; practice towards promotion; else nothing to do. The last
 * item shown is never chosen again. Levels without skills are skipped: a learner studies from the
 * course's lowest level and is promoted to the next level that has skills. Stateless and
 * thread-safe.
 */
public final class NextActivityPolicy {
  private final PolicySettings settings;
  private final MemoryModel memory;

  public NextActivityPolicy(PolicySettings settings, MemoryModel memory) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.memory = Objects.requireNonNull(memory, "memory");
  }

  /** {@link PolicySettings#defaults()} and FSRS-6's default memory model. */
  public static NextActivityPolicy defaults() {
    return new NextActivityPolicy(PolicySettings.defaults(), MemoryModel.defaults());
  }

  /** The next activity for {@code learner} in {@code course} at {@code now}. */
  public NextActivity nextActivity(CourseMap course, LearnerSnapshot learner, Instant now) {
    Optional<ExamPace> focus = pace(course, learner, now).filter(ExamPace::focus);
    Decision decision = new Decision(course, learner, settings, memory, now, focus);

    return decision
        .dueReview(true)
        .or(decision::promotion)
        .or(decision::checkpoint)
        .or(decision::examPreparation)
        .or(() -> decision.focusing() ? decision.dueReview(false) : Optional.empty())
        .or(() -> decision.lessonOrPractice(false))
        .or(decision::practiceTowardPromotion)
        .orElseGet(decision::caughtUp);
  }

  /**
   * The promotion the learner has earned now, whatever the next activity is: a review due first
   * does not hide it, so a page can offer it beside the next activity.
   */
  public Optional<NextActivity> promotion(CourseMap course, LearnerSnapshot learner, Instant now) {
    Optional<ExamPace> focus = pace(course, learner, now).filter(ExamPace::focus);
    return new Decision(course, learner, settings, memory, now, focus).promotion();
  }

  /**
   * The learner's pace towards their exam, when they set a goal whose exam is today or later: the
   * certification's skills in this course not yet mastered, spread over the days left.
   */
  // LIMITATION: the pace counts skills, not lessons or answers, and is not compared with the
  // learner's recent pace; the progress tracker's "behind pace" flag needs that history.
  public Optional<ExamPace> pace(CourseMap course, LearnerSnapshot learner, Instant now) {
    Optional<StudyGoal> goal = learner.goal();
    if (goal.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.ofInstant(now, settings.zone());
    long days = ChronoUnit.DAYS.between(today, goal.get().examDate());
    if (days < 0) {
      return Optional.empty();
    }
    int remaining = 0;
    for (String skill : goal.get().skills()) {
      if (course.indexOf(skill) >= 0 && learner.mastery(skill) < settings.masteryThreshold()) {
        remaining++;
      }
    }
    double perWeek = remaining * 7.0 / Math.max(days, 1);
    boolean focus =
        days <= settings.examFocusDays() || perWeek > settings.comfortableSkillsPerWeek();
    return Optional.of(new ExamPace(days, remaining, perWeek, focus));
  }
}
