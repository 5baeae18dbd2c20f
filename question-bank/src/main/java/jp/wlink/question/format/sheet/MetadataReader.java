package jp.wlink.question.format.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;

/** The metadata columns of a row: category path, tags, certification, level, status and so on. */
final class MetadataReader {
  static final Pattern CATEGORY_SEPARATOR = Pattern.compile("\\s*[>＞]\\s*|\\s+[/／]\\s+");
  static final Pattern LIST_SEPARATOR = Pattern.compile("[,、，;；\\n]");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:年度?)?");

  private final Function<ColumnRef, String> headers;
  private final List<String> defaultCategory;

  MetadataReader(Function<ColumnRef, String> headers, List<String> defaultCategory) {
    this.headers = headers;
    this.defaultCategory = List.copyOf(defaultCategory);
  }

  QuestionMetadata read(SheetRow row) {
    List<String> category = split(row.get(SheetColumn.CATEGORY), CATEGORY_SEPARATOR);
    return new QuestionMetadata(
        category.isEmpty() ? defaultCategory : category,
        split(row.get(SheetColumn.TAGS), LIST_SEPARATOR),
        optional(row, SheetColumn.CERTIFICATION),
        optional(row, SheetColumn.SUBJECT),
        split(row.get(SheetColumn.SKILLS), LIST_SEPARATOR),
        level(row),
        optional(row, SheetColumn.SOURCE),
        year(row),
        optional(row, SheetColumn.AUTHOR),
        optional(row, SheetColumn.LICENCE),
        status(row),
        optional(row, SheetColumn.ID_NUMBER));
  }

  private static List<String> split(String cell, Pattern separator) {
    return Arrays.stream(separator.split(cell))
        .map(String::strip)
        .filter(part -> !part.isEmpty())
        .map(CellText::plain)
        .toList();
  }

  private static Optional<String> optional(SheetRow row, SheetColumn column) {
    String cell = row.get(column);
    return cell.isEmpty() ? Optional.empty() : Optional.of(CellText.plain(cell));
  }

  private int level(SheetRow row) {
    String cell = row.get(SheetColumn.LEVEL);
    if (cell.isEmpty()) {
      return QuestionMetadata.DEFAULT_LEVEL;
    }
    String normal = BodyReader.normalNumber(cell);
    if (!normal.matches("[1-5](\\.0+)?")) {
      throw new BadCell("sheet.badLevel", header(SheetColumn.LEVEL), cell);
    }
    return normal.charAt(0) - '0';
  }

  private Optional<Integer> year(SheetRow row) {
    String cell = row.get(SheetColumn.YEAR);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Matcher year = YEAR.matcher(BodyReader.normalNumber(cell));
    if (!year.matches()) {
      throw new BadCell("sheet.badNumber", header(SheetColumn.YEAR), cell);
    }
    return Optional.of(Integer.parseInt(year.group(1)));
  }

  private QuestionStatus status(SheetRow row) {
    String cell = row.get(SheetColumn.STATUS);
    if (cell.isEmpty()) {
      return QuestionStatus.DRAFT;
    }
    return SheetVocabulary.BOTH
        .status(cell)
        .orElseThrow(() -> new BadCell("sheet.unknownStatus", header(SheetColumn.STATUS), cell));
  }

  private String header(SheetColumn column) {
    return headers.apply(ColumnRef.of(column));
  }
}
