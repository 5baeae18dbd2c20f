package jp.wlink.question.format.gift;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.format.QuestionReader;
import jp.wlink.question.format.TextDecoding;
import jp.wlink.question.format.moodle.MoodleCategories;

/**
 * Reads a GIFT file as Moodle does, question by question, collecting every problem with the line
 * its question starts on. {@code $CATEGORY:} lines put the questions after them in that category.
 */
public final class GiftReader implements QuestionReader {
  private static final String CATEGORY = "$CATEGORY:";

  @Override
  public ImportReport read(InputStream in, ImportOptions options) throws IOException {
    Optional<byte[]> bytes = BoundedBytes.read(in, options.limits().maxFileBytes());
    if (bytes.isEmpty()) {
      return new ImportReport(List.of(), List.of(BoundedBytes.tooLarge(options.limits())));
    }
    String text = TextDecoding.decode(bytes.get(), options.charset());
    return read(text, options);
  }

  private ImportReport read(String text, ImportOptions options) {
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<String> category = options.defaultCategory();
    for (GiftBlocks.Block block : GiftBlocks.split(text)) {
      GiftBlocks.Block rest = block;
      if (block.text().strip().startsWith(CATEGORY)) {
        String[] lines = block.text().strip().split("\n", 2);
        category = MoodleCategories.parse(lines[0].strip().substring(CATEGORY.length()));
        if (lines.length == 1) {
          continue;
        }
        rest = new GiftBlocks.Block(block.line() + 1, lines[1], block.idNumber(), block.tags());
      }
      if (questions.size() >= options.limits().maxQuestions()) {
        problems.add(
            ImportProblem.at(
                rest.line(), "tooManyQuestions", String.valueOf(options.limits().maxQuestions())));
        break;
      }
      GiftQuestionParser.parse(rest, category, problems).ifPresent(questions::add);
    }
    return new ImportReport(questions, problems);
  }
}
