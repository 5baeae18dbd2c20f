package jp.wlink.course.skills;

import java.util.List;

/** A skill change refused, with every problem found, so a form can show them all at once. */
public class InvalidSkillException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<SkillProblem> problems;

  public InvalidSkillException(List<SkillProblem> problems) {
    super("Skill refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<SkillProblem> problems() {
    return problems;
  }
}
