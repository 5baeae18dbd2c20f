package jp.wlink.course.goal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import jp.wlink.course.adaptive.StudyGoal;

/** A certification as a study goal needs it: its code and the skills it covers. */
public record GoalCertification(String code, Set<String> skills) {

  public GoalCertification {
    Objects.requireNonNull(code, "code");
    skills = Set.copyOf(skills);
  }

  public StudyGoal goal(LocalDate examDate) {
    return new StudyGoal(code, skills, examDate);
  }
}
