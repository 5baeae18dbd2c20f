package jp.wlink.question.format.cloze;

import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.ClozeGap.Kind;

/** The checks Moodle makes on each embedded sub-question before it accepts a cloze question. */
final class ClozeChecks {
  private ClozeChecks() {}

  /** The bundle key of what is wrong with the gap's answers, if anything. */
  static Optional<String> check(Kind kind, List<ClozeAnswer> answers) {
    if (answers.isEmpty()) {
      return Optional.of("cloze.gapWithoutAnswers");
    }
    if (ClozeKinds.choosing(kind) && answers.size() < 2) {
      return Optional.of("cloze.tooFewChoices");
    }
    if (ClozeKinds.multipleResponse(kind)) {
      boolean anyRight = answers.stream().anyMatch(a -> a.fraction() > 0);
      return anyRight ? Optional.empty() : Optional.of("cloze.noCorrectAnswer");
    }
    boolean fullMark = answers.stream().anyMatch(a -> a.fraction() >= 1);
    return fullMark ? Optional.empty() : Optional.of("cloze.noCorrectAnswer");
  }
}
