package jp.wlink.question.format.sheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Receives an xlsx sheet's cells from POI's streaming parser, row by row, and hands each row to the
 * sink; stops the parse by throwing {@link Stop} when the sink wants no more rows.
 */
final class SheetRowCollector implements SheetContentsHandler {
  /** Ends the parse early; carries no stack, as it is no error. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final SheetRows.Sink sink;
  private List<String> cells = new ArrayList<>();
  private int row;

  SheetRowCollector(SheetRows.Sink sink) {
    this.sink = sink;
  }

  @Override
  public void startRow(int rowNum) {
    row = rowNum + 1;
    cells = new ArrayList<>();
  }

  @Override
  public void cell(String reference, String value, XSSFComment comment) {
    int column = reference == null ? cells.size() : column(reference);
    while (cells.size() <= column) {
      cells.add(null);
    }
    cells.set(column, value);
  }

  /** The column of an A1 reference from 0: "B7" is 1. Cheaper than parsing a CellReference. */
  static int column(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  @Override
  public void endRow(int rowNum) {
    if (!sink.accept(row, cells)) {
      throw new Stop();
    }
  }
}
