package jp.wlink.web.questions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.wlink.question.bank.importing.Duplicate;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.StagedQuestion;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ImportProblem;

/**
 * A preview as the import page lists it: counts per type and per category, every problem with its
 * line or row, and the questions with their duplicate marks, in the file's order.
 */
public final class ImportView {
  /** The preview lists this many questions; the counts always cover the whole file. */
  public static final int LISTED = 500;

  private ImportView() {}

  /** A label (already translated, or a category path) and a number. */
  public record Count(String label, int count) {}

  /** A problem where it is: line or row (0 for the whole file), question, message. */
  public record ProblemLine(int line, String question, String message) {}

  /** A question of the file as the preview lists it. */
  public record QuestionLine(
      int line, String name, QuestionType type, String category, Duplicate duplicate) {}

  public static List<Count> byType(ImportPreview preview, Function<QuestionType, String> label) {
    return preview.countsByType().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> new Count(label.apply(entry.getKey()), entry.getValue()))
        .toList();
  }

  public static List<Count> byCategory(ImportPreview preview) {
    return preview.countsByCategory().entrySet().stream()
        .map(entry -> new Count(path(entry.getKey()), entry.getValue()))
        .sorted(Comparator.comparing(Count::label))
        .toList();
  }

  public static List<ProblemLine> problems(
      ImportPreview preview, Function<ImportProblem, String> text) {
    return preview.problems().stream()
        .sorted(Comparator.comparingInt(ImportProblem::line))
        .map(p -> new ProblemLine(p.line(), p.questionName().orElse(""), text.apply(p)))
        .toList();
  }

  public static List<QuestionLine> questions(ImportPreview preview) {
    return preview.questions().stream().limit(LISTED).map(ImportView::line).toList();
  }

  private static QuestionLine line(StagedQuestion staged) {
    return new QuestionLine(
        staged.question().line(),
        staged.question().content().name(),
        staged.question().content().type(),
        path(staged.question().metadata().categoryPath()),
        staged.duplicate());
  }

  private static String path(List<String> path) {
    return String.join(QuestionRow.PATH_SEPARATOR, path);
  }
}
