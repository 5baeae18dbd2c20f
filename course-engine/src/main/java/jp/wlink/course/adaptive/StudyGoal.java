package jp.wlink.course.adaptive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's target certification and exam date, with the skills its blueprint covers (skill ids
 * as the course map uses them; skills the course does not teach are ignored).
 */
public record StudyGoal(String certification, Set<String> skills, LocalDate examDate) {

  public StudyGoal {
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(examDate, "examDate");
    skills = Set.copyOf(skills);
  }
}
