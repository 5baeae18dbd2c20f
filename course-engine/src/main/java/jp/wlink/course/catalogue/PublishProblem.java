package jp.wlink.course.catalogue;

import java.util.Objects;

/**
 * Something a course lacks before it may be published: which rule it breaks (naming its message
 * key) and, for a rule about one skill, that skill's id; otherwise the subject is empty.
 */
public record PublishProblem(String rule, String subject) {
  public static final PublishProblem NO_UNITS = new PublishProblem("NO_UNITS", "");
  public static final PublishProblem UNIT_WITHOUT_LESSON =
      new PublishProblem("UNIT_WITHOUT_LESSON", "");
  public static final PublishProblem LESSON_WITHOUT_BODY =
      new PublishProblem("LESSON_WITHOUT_BODY", "");

  public PublishProblem {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(subject);
  }

  /** A skill the course uses that the skill catalogue has no name for. */
  public static PublishProblem unnamedSkill(String skillId) {
    return new PublishProblem("UNNAMED_SKILL", skillId);
  }

  public String getMessageKey() {
    return "course.publish.problem." + rule;
  }

  public String getSubject() {
    return subject;
  }
}
