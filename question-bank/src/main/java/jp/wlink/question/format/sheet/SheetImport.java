package jp.wlink.question.format.sheet;

import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;

/**
 * One import of a question sheet as its rows arrive, whatever the file format: the first filled row
 * is the header, each later filled row a question. Stops taking rows past the question limit.
 */
final class SheetImport {
  private final ImportOptions options;
  private final List<ImportedQuestion> questions = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private SheetHeader header;
  private RowReader reader;
  private int rows;
  private boolean stopped;

  SheetImport(ImportOptions options) {
    this.options = options;
  }

  /**
   * Takes a row by its number as Excel shows it and its cells by column from 0. Returns false when
   * reading should stop: the header is unusable or the file holds too many questions.
   */
  boolean accept(int row, List<String> cells) {
    if (stopped || cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return !stopped;
    }
    if (header == null) {
      header = SheetHeader.read(row, cells, problems);
      reader = new RowReader(header::name, options.defaultCategory());
      stopped = !header.complete();
      return !stopped;
    }
    if (++rows > options.limits().maxQuestions()) {
      fail(
          ImportProblem.at(0, "tooManyQuestions", String.valueOf(options.limits().maxQuestions())));
      return false;
    }
    reader.read(header.row(row, cells), problems).ifPresent(questions::add);
    return true;
  }

  /** A problem with the file as a whole; nothing more is read. */
  void fail(ImportProblem problem) {
    problems.add(problem);
    stopped = true;
  }

  ImportReport finish() {
    if (questions.isEmpty() && problems.isEmpty()) {
      problems.add(ImportProblem.at(0, "noQuestions"));
    }
    return new ImportReport(questions, problems);
  }
}
