package jp.wlink.question.format.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import jp.wlink.question.format.BoundedBytes;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.QuestionReader;
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
 * Reads the question sheet from the first worksheet of an .xlsx file, streaming its XML so that ten
 * thousand rows fit in little memory. Formulas are never evaluated: a formula cell reads as the
 * value Excel saved. Files that are too large, inflate too far or are no xlsx are refused whole.
 */
public final class XlsxQuestionReader implements QuestionReader {
  private static final Logger LOG = Logger.getLogger(XlsxQuestionReader.class.getName());

  @Override
  public ImportReport read(InputStream in, ImportOptions options) throws IOException {
    SheetImport sheet = new SheetImport(options);
    ImportLimits limits = options.limits();
    Optional<byte[]> bytes = BoundedBytes.read(in, limits.maxFileBytes());
    if (bytes.isEmpty()) {
      sheet.fail(BoundedBytes.tooLarge(limits));
      return sheet.finish();
    }
    switch (ZipGuard.check(bytes.get(), limits)) {
      case NOT_ZIP -> sheet.fail(ImportProblem.at(0, "sheet.notXlsx"));
      case TOO_LARGE -> sheet.fail(tooLarge(limits));
      case BOMB -> sheet.fail(ImportProblem.at(0, "zipBomb"));
      case SAFE -> parse(bytes.get(), limits, sheet);
    }
    return sheet.finish();
  }

  private static void parse(byte[] bytes, ImportLimits limits, SheetImport sheet) {
    // LIMITATION: POI keeps these limits in static fields, so concurrent imports share them.
    ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
    try {
      OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      try {
        firstSheet(pkg, sheet);
      } finally {
        // A package opened from a stream is writable; reverting closes it without saving.
        pkg.revert();
      }
    } catch (SheetRowCollector.Stop stop) {
      LOG.fine("Stopped reading a question sheet early");
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      sheet.fail(refusal(e, limits));
    }
  }

  private static void firstSheet(OPCPackage pkg, SheetImport sheet)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    // Phonetic runs are the furigana Japanese Excel stores beside kanji; they are not cell text.
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      sheet.fail(ImportProblem.at(0, "sheet.notXlsx"));
      return;
    }
    try (InputStream first = sheets.next()) {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              strings,
              new SheetRowCollector(sheet),
              new DataFormatter(Locale.ROOT),
              false));
      parser.parse(new InputSource(first));
    }
  }

  /** Why POI refused the file, in the bank's words: too large, a zip bomb, or no xlsx. */
  private static ImportProblem refusal(Exception failure, ImportLimits limits) {
    LOG.log(Level.FINE, "Refused a question sheet", failure);
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
