package jp.wlink.question.format.aiken;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;

/**
 * Reads an Aiken file line by line: a text line starts a question or continues its stem, option
 * lines follow in letter order, and the ANSWER line completes it. Each problem names its line.
 */
final class AikenParse {
  private final ImportOptions options;
  private final List<ImportedQuestion> questions = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private AikenDraft draft;
  private int count;

  AikenParse(ImportOptions options) {
    this.options = options;
  }

  /** Takes one line; false when the file holds more questions than allowed. */
  boolean accept(int line, String text) {
    if (text.isBlank()) {
      return true;
    }
    Matcher answer = AikenReader.answer(text);
    if (answer.matches()) {
      return complete(line, AikenReader.letter(answer.group(1)));
    }
    Matcher option = AikenReader.option(text);
    if (draft != null && option.matches()) {
      option(line, AikenReader.letter(option.group(1)), option.group(2));
    } else if (draft == null) {
      draft = new AikenDraft(line, text.strip());
    } else if (!draft.hasOptions()) {
      draft.addStemLine(text.strip());
    } else {
      problems.add(ImportProblem.at(draft.start(), "aiken.missingAnswer", line(draft.start())));
      draft = new AikenDraft(line, text.strip());
    }
    return true;
  }

  private void option(int line, char letter, String text) {
    if (letter != draft.nextLetter()) {
      String expected = String.valueOf(draft.nextLetter());
      problems.add(
          ImportProblem.at(
              line, "aiken.optionOrder", line(line), String.valueOf(letter), expected));
    }
    draft.addOption(new AikenDraft.Option(letter, text, line));
  }

  private boolean complete(int line, char answer) {
    AikenDraft done = draft;
    draft = null;
    if (done == null) {
      problems.add(ImportProblem.at(line, "aiken.unexpectedAnswer", line(line)));
    } else if (done.options().size() < 2) {
      problems.add(ImportProblem.at(done.start(), "aiken.tooFewOptions", line(done.start())));
    } else if (done.options().stream().noneMatch(o -> o.letter() == answer)) {
      problems.add(
          ImportProblem.at(line, "aiken.unknownAnswer", line(line), String.valueOf(answer)));
    } else {
      questions.add(AikenReader.question(done, answer, options.defaultCategory()));
    }
    if (++count > options.limits().maxQuestions()) {
      problems.add(
          ImportProblem.at(0, "tooManyQuestions", String.valueOf(options.limits().maxQuestions())));
      return false;
    }
    return true;
  }

  ImportReport finish() {
    if (draft != null) {
      problems.add(ImportProblem.at(draft.start(), "aiken.missingAnswer", line(draft.start())));
    }
    if (questions.isEmpty() && problems.isEmpty()) {
      problems.add(ImportProblem.at(0, "noQuestions"));
    }
    return new ImportReport(questions, problems);
  }

  private static String line(int line) {
    return String.valueOf(line);
  }
}
