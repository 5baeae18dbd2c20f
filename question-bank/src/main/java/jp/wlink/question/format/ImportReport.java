package jp.wlink.question.format;

import java.util.List;

/**
 * What a reader found in a whole file: the questions it could read and every problem. A file with
 * any problem is not imported; the questions are still listed so the preview can show them.
 */
public record ImportReport(List<ImportedQuestion> questions, List<ImportProblem> problems) {
  public ImportReport {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
