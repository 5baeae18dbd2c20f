package jp.wlink.course.adaptive;

import java.util.Optional;

/**
 * One learner's position in one course, read once per choice: mastery per skill, lessons done,
 * skills studied (all their lessons done) and the skills in exam focus.
 */
final class Standing {
  private final CourseMap course;
  private final double threshold;
  private final double[] mastery;
  private final boolean[] lessonDone;
  private final boolean[] studied;
  private final boolean[] focus;
  private final boolean focusing;

  private Standing(CourseMap course, double threshold, boolean focusing) {
    int skills = course.skillCount();
    int lessons = course.lessonCount();
    this.course = course;
    this.focusing = focusing;
    this.threshold = threshold;
    this.mastery = new double[skills];
    this.lessonDone = new boolean[lessons];
    this.studied = new boolean[skills];
    this.focus = new boolean[skills];
  }

  /** The learner's standing; with a goal, its skills are in focus, otherwise every skill is. */
  static Standing of(
      CourseMap course, LearnerSnapshot learner, double threshold, Optional<StudyGoal> goal) {
    Standing standing = new Standing(course, threshold, goal.isPresent());
    for (int skill = 0; skill < course.skillCount(); skill++) {
      standing.mastery[skill] = learner.mastery(course.skillId(skill));
      standing.studied[skill] = true;
      standing.focus[skill] = goal.isEmpty();
    }
    for (int lesson = 0; lesson < course.lessonCount(); lesson++) {
      boolean done = learner.lessonCompleted(course.lessonId(lesson));
      standing.lessonDone[lesson] = done;
      standing.studied[course.lessonSkill(lesson)] &= done;
    }
    goal.ifPresent(
        g ->
            g.skills().stream()
                .mapToInt(course::indexOf)
                .filter(i -> i >= 0)
                .forEach(i -> standing.focus[i] = true));
    return standing;
  }

  double mastery(int skill) {
    return mastery[skill];
  }

  boolean mastered(int skill) {
    return mastery[skill] >= threshold;
  }

  boolean studied(int skill) {
    return studied[skill];
  }

  boolean lessonDone(int lesson) {
    return lessonDone[lesson];
  }

  boolean inFocus(int skill) {
    return focus[skill];
  }

  /** Whether a review's skill is in focus; without a goal every skill is, of any course. */
  boolean inFocus(String skillId) {
    if (!focusing) {
      return true;
    }
    int skill = course.indexOf(skillId);
    return skill >= 0 && focus[skill];
  }

  boolean prerequisitesMastered(int skill) {
    for (int prerequisite : course.prerequisites(skill)) {
      if (!mastered(prerequisite)) {
        return false;
      }
    }
    return true;
  }
}
