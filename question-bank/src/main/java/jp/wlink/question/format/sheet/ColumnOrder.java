package jp.wlink.question.format.sheet;

import java.util.Comparator;

/** Columns in the order a sheet shows them, so that lists of cells read left to right. */
enum ColumnOrder implements Comparator<ColumnRef> {
  INSTANCE;

  @Override
  public int compare(ColumnRef a, ColumnRef b) {
    int byColumn = a.column().compareTo(b.column());
    return byColumn != 0 ? byColumn : Integer.compare(a.index(), b.index());
  }
}
