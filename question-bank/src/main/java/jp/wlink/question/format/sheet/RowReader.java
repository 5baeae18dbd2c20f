package jp.wlink.question.format.sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportedQuestion;

/**
 * Turns one spreadsheet row into a question, or into the problem that keeps it out. xlsx and CSV
 * share it, so both read the same layout the same way.
 */
final class RowReader {
  static final int NAME_LENGTH = 40;

  private final Function<ColumnRef, String> headers;
  private final BodyReader bodies;
  private final MetadataReader metadata;

  RowReader(Function<ColumnRef, String> headers, List<String> defaultCategory) {
    this.headers = headers;
    this.bodies = new BodyReader(headers);
    this.metadata = new MetadataReader(headers, defaultCategory);
  }

  /** The row's question; or empty, with the reason added to {@code problems}. */
  Optional<ImportedQuestion> read(SheetRow row, List<ImportProblem> problems) {
    String name = name(row);
    try {
      QuestionContent content = content(row, name);
      return Optional.of(new ImportedQuestion(row.row(), content, metadata.read(row), List.of()));
    } catch (BadCell bad) {
      problems.add(problem(row.row(), name, bad.key(), bad.arguments()));
    } catch (IllegalArgumentException e) {
      problems.add(problem(row.row(), name, "sheet.invalidRow", List.of()));
    }
    return Optional.empty();
  }

  private QuestionContent content(SheetRow row, String name) {
    QuestionType type = type(row);
    RichText stem = CellText.rich(row.get(SheetColumn.STEM));
    if (stem.isEmpty()) {
      throw new BadCell("sheet.emptyStem");
    }
    RowOptions options = RowOptions.read(row.get(SheetColumn.OPTIONS), header(SheetColumn.OPTIONS));
    QuestionBody body = bodies.read(type, row, options);
    BigDecimal defaultMark = type == QuestionType.DESCRIPTION ? BigDecimal.ZERO : BigDecimal.ONE;
    return new QuestionContent(
        type,
        name,
        stem,
        CellText.rich(row.get(SheetColumn.GENERAL_FEEDBACK)),
        CellText.rich(row.get(SheetColumn.EXPLANATION)),
        decimal(row, SheetColumn.DEFAULT_MARK, defaultMark, null),
        decimal(row, SheetColumn.PENALTY, BigDecimal.ZERO, BigDecimal.ONE),
        body);
  }

  private static QuestionType type(SheetRow row) {
    String cell = row.get(SheetColumn.TYPE);
    if (cell.isEmpty()) {
      throw new BadCell("sheet.noType");
    }
    return SheetVocabulary.BOTH
        .type(cell)
        .orElseThrow(() -> new BadCell("sheet.unknownType", cell));
  }

  /** A number from 0 up to {@code max} (no bound when null); the default when blank. */
  private BigDecimal decimal(SheetRow row, SheetColumn column, BigDecimal blank, BigDecimal max) {
    String cell = row.get(column);
    if (cell.isEmpty()) {
      return blank;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(BodyReader.normalNumber(cell));
    } catch (NumberFormatException e) {
      throw new BadCell("sheet.badNumber", header(column), cell);
    }
    if (value.signum() < 0 || (max != null && value.compareTo(max) > 0)) {
      throw new BadCell("sheet.outOfRange", header(column), cell);
    }
    return value;
  }

  /** The name column, or the start of the stem as Moodle names questions that have none. */
  static String name(SheetRow row) {
    String name = CellText.plain(row.get(SheetColumn.NAME));
    if (!name.isEmpty()) {
      return name;
    }
    String stem = CellText.plain(row.get(SheetColumn.STEM)).replaceAll("\\s+", " ").strip();
    int end =
        stem.offsetByCodePoints(0, Math.min(NAME_LENGTH, stem.codePointCount(0, stem.length())));
    return stem.substring(0, end);
  }

  private static ImportProblem problem(int row, String name, String key, List<String> arguments) {
    String[] all = new String[arguments.size() + 1];
    all[0] = String.valueOf(row);
    for (int i = 0; i < arguments.size(); i++) {
      all[i + 1] = arguments.get(i);
    }
    return ImportProblem.inQuestion(row, name.isEmpty() ? null : name, key, all);
  }

  private String header(SheetColumn column) {
    return headers.apply(ColumnRef.of(column));
  }
}
