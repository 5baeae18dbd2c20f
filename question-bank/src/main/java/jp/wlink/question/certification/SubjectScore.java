package jp.wlink.question.certification;

import java.util.Objects;

/** Points a learner earned in one subject, out of the number of questions it asked. */
public record SubjectScore(String subject, double points, int possible) {
  public SubjectScore {
    Objects.requireNonNull(subject);
    if (points < 0 || possible < 0) {
      throw new IllegalArgumentException("negative score for " + subject);
    }
  }
}
