package jp.wlink.course.enrolment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.TextDecoding;
import jp.wlink.question.format.sheet.SheetRows;

/**
 * Reads a list of staff to enrol from an .xlsx workbook (its first sheet) or a CSV file in UTF-8
 * (with or without BOM) or Windows-31J, with the same guards as the question import: a size limit
 * before anything is unpacked, zip bombs refused, formulas never evaluated.
 */
public final class StaffListReader {
  /** A list of 10,000 addresses is well under a megabyte; anything near this is no staff list. */
  static final ImportLimits LIMITS =
      new ImportLimits(4L * 1024 * 1024, StaffList.MAX_ROWS, 64L * 1024 * 1024, 0.01);

  /** The kinds of file a list may come in. */
  public enum Kind {
    XLSX,
    CSV;

    /** The kind a file name suggests: .xlsx is a workbook, anything else is read as CSV. */
    public static Kind ofFileName(String name) {
      return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
  }

  private StaffListReader() {}

  public static StaffListReading read(InputStream in, Kind kind) throws IOException {
    StaffList list = new StaffList();
    Optional<byte[]> bytes = BoundedBytes.read(in, LIMITS.maxFileBytes());
    if (bytes.isEmpty()) {
      list.fail(BoundedBytes.tooLarge(LIMITS));
      return list.finish();
    }
    if (kind == Kind.XLSX) {
      SheetRows.readXlsx(bytes.get(), LIMITS, list::accept).ifPresent(list::fail);
      return list.finish();
    }
    Optional<String> text = TextDecoding.decode(bytes.get(), Optional.empty());
    if (text.isEmpty()) {
      list.fail(TextDecoding.badEncoding(Optional.empty()));
      return list.finish();
    }
    SheetRows.readCsv(text.get(), list::accept).ifPresent(list::fail);
    return list.finish();
  }
}
