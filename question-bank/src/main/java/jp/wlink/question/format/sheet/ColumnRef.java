package jp.wlink.question.format.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One column of a sheet: a single column, or the n-th (from 1) of a repeated one. */
record ColumnRef(SheetColumn column, int index) {
  ColumnRef {
    Objects.requireNonNull(column, "column");
    if (column.repeated() != index > 0) {
      throw new IllegalArgumentException(column + " with index " + index);
    }
  }

  static ColumnRef of(SheetColumn column) {
    return new ColumnRef(column, 0);
  }

  static ColumnRef choice(int n) {
    return new ColumnRef(SheetColumn.CHOICE, n);
  }

  static ColumnRef feedback(int n) {
    return new ColumnRef(SheetColumn.FEEDBACK, n);
  }

  /** Every column in writing order, with the given number of choice and feedback columns. */
  static List<ColumnRef> layout(int choices) {
    List<ColumnRef> columns = new ArrayList<>();
    for (SheetColumn column : SheetColumn.values()) {
      if (!column.repeated()) {
        columns.add(of(column));
        continue;
      }
      for (int n = 1; n <= choices; n++) {
        columns.add(new ColumnRef(column, n));
      }
    }
    return columns;
  }
}
