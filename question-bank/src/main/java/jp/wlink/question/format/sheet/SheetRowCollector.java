package jp.wlink.question.format.sheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Receives an xlsx sheet's cells from POI's streaming parser, row by row, and hands each row to the
 * import; stops the parse by throwing {@link Stop} when the import wants no more rows.
 */
final class SheetRowCollector implements SheetContentsHandler {
  /** Ends the parse early; carries no stack, as it is no error. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final SheetImport sheet;
  private List<String> cells = new ArrayList<>();
  private int row;

  SheetRowCollector(SheetImport sheet) {
    this.sheet = sheet;
  }

  @Override
  public void startRow(int rowNum) {
    row = rowNum + 1;
    cells = new ArrayList<>();
  }

  @Override
  public void cell(String reference, String value, XSSFComment comment) {
    int column = reference == null ? cells.size() : new CellReference(reference).getCol();
    while (cells.size() <= column) {
      cells.add(null);
    }
    cells.set(column, value);
  }

  @Override
  public void endRow(int rowNum) {
    if (!sheet.accept(row, cells)) {
      throw new Stop();
    }
  }
}
