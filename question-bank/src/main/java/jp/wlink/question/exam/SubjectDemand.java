package jp.wlink.question.exam;

import java.util.Objects;

/** How many questions an exam wants from one subject of a certification. */
public record SubjectDemand(String subject, int count) {
  public SubjectDemand {
    Objects.requireNonNull(subject);
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
  }
}
