package jp.wlink.question.bank.importing;

import java.util.List;
import java.util.Map;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ImportProblem;

/**
 * What an import would do, before anything is written: every question with its duplicate mark,
 * counts per type and per category path, the categories it would create, and every problem (the
 * reader's and the bank's). Only a preview without problems can be committed; cancelling an import
 * is simply dropping its preview.
 */
public record ImportPreview(
    List<StagedQuestion> questions,
    Map<QuestionType, Integer> countsByType,
    Map<List<String>, Integer> countsByCategory,
    List<List<String>> newCategories,
    List<ImportProblem> problems) {

  public ImportPreview {
    questions = List.copyOf(questions);
    countsByType = Map.copyOf(countsByType);
    countsByCategory = Map.copyOf(countsByCategory);
    newCategories = List.copyOf(newCategories);
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  public long duplicates() {
    return questions.stream().filter(StagedQuestion::isDuplicate).count();
  }
}
