package jp.wlink.course.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a course needs before learners may see it: at least one unit, a lesson in every unit, a body
 * in every lesson, and a name in the skill catalogue for every skill it uses (else learners would
 * read a raw id). Checked on publish; a published course that is later edited into a state that
 * breaks them stays visible, and the author page shows the problems.
 */
public final class PublishingRules {
  private PublishingRules() {}

  /**
   * Every problem found, each once, in the order above; empty when the course may be published.
   *
   * @param namedSkills the ids of the skills the catalogue has a name for
   */
  public static List<PublishProblem> check(Course course, Set<String> namedSkills) {
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
    skillsUsed(course).stream()
        .filter(skill -> !namedSkills.contains(skill))
        .forEach(skill -> problems.add(PublishProblem.unnamedSkill(skill)));
    return problems;
  }

  /** The course's own skills, then each unit's checkpoint skills and lesson skills, each once. */
  private static Set<String> skillsUsed(Course course) {
    Set<String> skills = new LinkedHashSet<>();
    course.getSkills().forEach(level -> skills.add(level.getSkill()));
    for (CourseUnit unit : course.getUnits()) {
      skills.addAll(unit.getCheckpointSkills());
      unit.getLessons().forEach(lesson -> skills.addAll(lesson.getSkills()));
    }
    return skills;
  }
}
