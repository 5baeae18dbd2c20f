package jp.wlink.question.format.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of the first worksheet of an .xlsx file, or of a CSV text, to a {@link Sink},
 * with the guards every upload needs: a zip that is too large, inflates too far or is no xlsx is
 * refused before POI unpacks it, formulas are never evaluated, and XML entities are never expanded.
 * Any importer of a list kept in Excel (questions, staff to enrol) reads through here.
 */
public final class SheetRows {
  private static final Logger LOG = Logger.getLogger(SheetRows.class.getName());

  static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** Receives each row: its number as Excel shows it, and its cells by column from 0. */
  @FunctionalInterface
  public interface Sink {
    /** Returns false to stop reading. */
    boolean accept(int row, List<String> cells);
  }

  private SheetRows() {}

  /** Reads an .xlsx file; the problem is why the whole file was refused, if it was. */
  public static Optional<ImportProblem> readXlsx(byte[] bytes, ImportLimits limits, Sink sink) {
    return switch (ZipGuard.check(bytes, limits)) {
      case NOT_ZIP -> Optional.of(ImportProblem.at(0, "sheet.notXlsx"));
      case TOO_LARGE -> Optional.of(tooLarge(limits));
      case BOMB -> Optional.of(ImportProblem.at(0, "zipBomb"));
      case SAFE -> parse(bytes, limits, sink);
    };
  }

  /**
   * Reads CSV text, numbering rows as Excel shows them: a quoted cell over several lines stays in
   * its row. The problem names the row where a quotation mark is left open.
   */
  public static Optional<ImportProblem> readCsv(String text, Sink sink) throws IOException {
    long row = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
      for (CSVRecord record : parser) {
        row = record.getRecordNumber();
        if (!sink.accept((int) row, record.toList())) {
          break;
        }
      }
      return Optional.empty();
    } catch (UncheckedIOException e) {
      return Optional.of(ImportProblem.at((int) row + 1, "sheet.badCsv", String.valueOf(row + 1)));
    }
  }

  private static Optional<ImportProblem> parse(byte[] bytes, ImportLimits limits, Sink sink) {
    // LIMITATION: POI keeps these limits in static fields, so concurrent imports share them.
    ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
    try {
      OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      try {
        return firstSheet(pkg, sink);
      } finally {
        // A package opened from a stream is writable; reverting closes it without saving.
        pkg.revert();
      }
    } catch (SheetRowCollector.Stop stop) {
      LOG.fine("Stopped reading a sheet early");
      return Optional.empty();
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      return Optional.of(refusal(e, limits));
    }
  }

  private static Optional<ImportProblem> firstSheet(OPCPackage pkg, Sink sink)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    // Phonetic runs are the furigana Japanese Excel stores beside kanji; they are not cell text.
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      return Optional.of(ImportProblem.at(0, "sheet.notXlsx"));
    }
    try (InputStream first = sheets.next()) {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              strings,
              new SheetRowCollector(sink),
              new DataFormatter(Locale.ROOT),
              false));
      parser.parse(new InputSource(first));
    }
    return Optional.empty();
  }

  /** Why POI refused the file, in the import's words: too large, a zip bomb, or no xlsx. */
  private static ImportProblem refusal(Exception failure, ImportLimits limits) {
    LOG.log(Level.FINE, "Refused a sheet", failure);
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Zip bomb") && message.contains("ratio")) {
        return ImportProblem.at(0, "zipBomb");
      }
      if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE")) {
        return tooLarge(limits);
      }
    }
    return ImportProblem.at(0, "sheet.notXlsx");
  }

  private static ImportProblem tooLarge(ImportLimits limits) {
    return ImportProblem.at(0, "tooLarge", Long.toString(limits.maxUnpackedBytes()));
  }
}
