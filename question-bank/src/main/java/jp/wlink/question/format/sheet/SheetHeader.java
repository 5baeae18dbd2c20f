package jp.wlink.question.format.sheet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.wlink.question.format.ImportProblem;

/**
 * The header row of a question sheet: which column index holds which column, and the header text as
 * the file spells it, so that problems name columns the way the user sees them.
 */
final class SheetHeader {
  private static final List<SheetColumn> REQUIRED = List.of(SheetColumn.TYPE, SheetColumn.STEM);

  private final Map<Integer, ColumnRef> byIndex = new LinkedHashMap<>();
  private final Map<ColumnRef, String> names = new HashMap<>();

  /** Reads the header; adds problems for unknown, repeated and missing columns. */
  static SheetHeader read(int row, List<String> cells, List<ImportProblem> problems) {
    SheetHeader header = new SheetHeader();
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i) == null ? "" : cells.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      ColumnRef ref = SheetVocabulary.BOTH.column(text).orElse(null);
      if (ref == null) {
        problems.add(ImportProblem.at(row, "sheet.unknownColumn", String.valueOf(row), text));
      } else if (header.names.containsKey(ref)) {
        problems.add(ImportProblem.at(row, "sheet.duplicateColumn", String.valueOf(row), text));
      } else {
        header.byIndex.put(i, ref);
        header.names.put(ref, text);
      }
    }
    for (SheetColumn column : REQUIRED) {
      if (!header.names.containsKey(ColumnRef.of(column))) {
        problems.add(
            ImportProblem.at(row, "sheet.missingColumn", String.valueOf(row), both(column)));
      }
    }
    return header;
  }

  boolean complete() {
    return REQUIRED.stream().allMatch(c -> names.containsKey(ColumnRef.of(c)));
  }

  /** The header as the file wrote it, or the column's names in both languages if absent. */
  String name(ColumnRef ref) {
    String name = names.get(ref);
    if (name != null) {
      return name;
    }
    return SheetTexts.of(SheetLanguage.JAPANESE).header(ref)
        + " / "
        + SheetTexts.of(SheetLanguage.ENGLISH).header(ref);
  }

  private static String both(SheetColumn column) {
    return new SheetHeader().name(ColumnRef.of(column));
  }

  /** The row's cells by column; cells under no known header are left out. */
  SheetRow row(int row, List<String> cells) {
    Map<ColumnRef, String> values = new HashMap<>();
    for (Map.Entry<Integer, ColumnRef> column : byIndex.entrySet()) {
      int index = column.getKey();
      String cell = index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
      values.put(column.getValue(), cell.strip());
    }
    return new SheetRow(row, values);
  }
}
