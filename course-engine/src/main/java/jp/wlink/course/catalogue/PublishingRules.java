package jp.wlink.course.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * What a course needs before learners may see it: at least one unit, a lesson in every unit, and a
 * body in every lesson. Checked on publish; a published course that is later edited into a state
 * that breaks them stays visible, and the author page shows the problems.
 */
public final class PublishingRules {
  private PublishingRules() {}

  /** Every problem found, each once, in the order above; empty when the course may be published. */
  public static List<PublishProblem> check(Course course) {
    List<PublishProblem> problems = new ArrayList<>();
    if (course.getUnits().isEmpty()) {
      problems.add(PublishProblem.NO_UNITS);
    }
    if (course.getUnits().stream().anyMatch(unit -> unit.getLessons().isEmpty())) {
      problems.add(PublishProblem.UNIT_WITHOUT_LESSON);
    }
    boolean emptyLesson =
        course.getUnits().stream()
            .flatMap(unit -> unit.getLessons().stream())
            .anyMatch(lesson -> lesson.getBody().isBlank());
    if (emptyLesson) {
      problems.add(PublishProblem.LESSON_WITHOUT_BODY);
    }
    return problems;
  }
}
