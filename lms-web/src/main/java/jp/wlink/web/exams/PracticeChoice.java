package jp.wlink.web.exams;

import java.util.List;
import java.util.Optional;
import jp.wlink.question.exam.PracticeSource;
import jp.wlink.question.exam.PracticeSpec;

/**
 * A practice quiz as a learner asks for it, on the page or through the API: the fields may be
 * missing or out of range, and then there is no quiz to start rather than an error.
 */
final class PracticeChoice {
  private PracticeChoice() {}

  /** The quiz the fields describe; empty when one is missing or out of range. */
  static Optional<PracticeSpec> spec(
      PracticeSource source,
      String certification,
      List<String> subjects,
      List<String> skills,
      Integer count,
      Integer minutes) {
    if (source == null || count == null) {
      return Optional.empty();
    }
    int limit = minutes == null ? 0 : minutes;
    try {
      PracticeSpec spec =
          source == PracticeSource.SKILLS
              ? PracticeSpec.skills(skills == null ? List.of() : skills, count)
              : PracticeSpec.subjects(certification, subjects, count);
      return Optional.of(spec.withTimeLimit(limit));
    } catch (IllegalArgumentException | NullPointerException incomplete) {
      return Optional.empty();
    }
  }
}
