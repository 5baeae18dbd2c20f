package jp.wlink.question.format.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.QuestionWriter;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the question sheet as CSV: UTF-8 with a byte-order mark by default, so that Excel opens it
 * as UTF-8, or Windows-31J for tools that only read Shift_JIS. Characters Windows-31J cannot hold
 * are listed as losses before they become {@code ?}.
 */
public final class CsvQuestionWriter implements QuestionWriter {
  private final RowWriter rows;
  private final Charset charset;

  /** Japanese headers, UTF-8 with BOM. */
  public CsvQuestionWriter() {
    this(SheetLanguage.JAPANESE, StandardCharsets.UTF_8);
  }

  public CsvQuestionWriter(SheetLanguage language, Charset charset) {
    this.rows = new RowWriter(language);
    this.charset = Objects.requireNonNull(charset, "charset");
  }

  @Override
  public List<ExportLoss> write(List<ExportedQuestion> questions, OutputStream out)
      throws IOException {
    List<ExportLoss> losses = losses(questions);
    if (charset.equals(StandardCharsets.UTF_8)) {
      out.write(CsvCharset.bom());
    }
    List<ColumnRef> layout = ColumnRef.layout(RowWriter.choiceColumns(questions));
    Writer writer = new OutputStreamWriter(out, charset);
    CSVPrinter printer = new CSVPrinter(writer, CsvQuestionReader.FORMAT);
    printer.printRecord(layout.stream().map(rows.texts()::header).toList());
    for (ExportedQuestion question : questions) {
      Map<ColumnRef, String> cells = rows.cells(question);
      printer.printRecord(layout.stream().map(ref -> cells.getOrDefault(ref, "")).toList());
    }
    printer.flush();
    return losses;
  }

  @Override
  public List<ExportLoss> losses(List<ExportedQuestion> questions) {
    List<ExportLoss> losses = new ArrayList<>();
    for (ExportedQuestion question : questions) {
      Map<ColumnRef, String> cells = rows.cells(question);
      losses.addAll(SheetLosses.of(question, cells, rows.texts(), false));
      unencodable(question.content().name(), cells, losses);
    }
    return losses;
  }

  private void unencodable(String name, Map<ColumnRef, String> cells, List<ExportLoss> losses) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return;
    }
    CharsetEncoder encoder = charset.newEncoder();
    cells.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(ColumnOrder.INSTANCE))
        .forEach(
            cell -> {
              TreeSet<String> missing = new TreeSet<>();
              cell.getValue()
                  .codePoints()
                  .mapToObj(Character::toString)
                  .filter(c -> !encoder.canEncode(c))
                  .forEach(missing::add);
              if (!missing.isEmpty()) {
                losses.add(
                    ExportLoss.of(
                        name,
                        "sheet.notInCharset",
                        rows.texts().header(cell.getKey()),
                        String.join("", missing),
                        charset.name()));
              }
            });
  }
}
