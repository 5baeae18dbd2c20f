package jp.wlink.question.format.sheet;

import java.util.Map;

/**
 * The cells of one spreadsheet row by column, trimmed, with the row number as Excel shows it (the
 * header is row 1). Missing cells read as empty.
 */
record SheetRow(int row, Map<ColumnRef, String> cells) {
  SheetRow {
    cells = Map.copyOf(cells);
  }

  String get(ColumnRef ref) {
    return cells.getOrDefault(ref, "");
  }

  String get(SheetColumn column) {
    return get(ColumnRef.of(column));
  }

  String choice(int n) {
    return get(ColumnRef.choice(n));
  }

  String feedback(int n) {
    return get(ColumnRef.feedback(n));
  }

  /** The highest n whose choice or feedback cell is filled, 0 when none is. */
  int lastChoice() {
    int last = 0;
    for (Map.Entry<ColumnRef, String> cell : cells.entrySet()) {
      if (cell.getKey().column().repeated() && !cell.getValue().isEmpty()) {
        last = Math.max(last, cell.getKey().index());
      }
    }
    return last;
  }

  boolean blank() {
    return cells.values().stream().allMatch(String::isEmpty);
  }
}
