package jp.wlink.question.exam;

import java.util.List;
import jp.wlink.question.exam.ExamQuestions.Candidate;

/**
 * The questions drawn for an exam or quiz, in the order they will be shown, and every subject that
 * had too few. An assembly with shortages is still usable; the page says what is missing.
 */
public record Assembly(List<Candidate> questions, List<Shortage> shortages) {
  public Assembly {
    questions = List.copyOf(questions);
    shortages = List.copyOf(shortages);
  }

  public boolean complete() {
    return shortages.isEmpty();
  }
}
