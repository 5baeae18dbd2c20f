package jp.wlink.web.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.QuestionFileFormat;
import jp.wlink.question.format.QuestionWriter;
import jp.wlink.web.i18n.LocaleSelection;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Export: choose questions with the list's filters and a format, see what the format cannot express
 * (every loss, per question) before downloading, then download the file.
 */
@Named
@ViewScoped
public class QuestionExportPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FILE_NAME = "questions";

  @Inject private QuestionCatalog catalog;
  @Inject private QuestionExporting exporting;
  @Inject private ProblemTexts problemTexts;
  @Inject private LocaleSelection localeSelection;

  private QuestionFilters filters;
  private QuestionFileFormat format = QuestionFileFormat.MOODLE_XML;
  private ExportCharset charset = ExportCharset.UTF_8_BOM;
  private boolean checked;
  private long count;
  private ArrayList<LossLine> losses = new ArrayList<>();

  /** A loss as the page lists it: the question and what it loses, translated. */
  public record LossLine(String question, String message) implements Serializable {}

  @PostConstruct
  void load() {
    filters = new QuestionFilters(catalog, null);
  }

  /** Counts the chosen questions and lists what the format would lose. */
  public void check() {
    List<ExportedQuestion> questions = exporting.questions(filters.getSearch().toFilter());
    count = questions.size();
    losses = new ArrayList<>();
    for (ExportLoss loss : writer().losses(questions)) {
      losses.add(new LossLine(loss.questionName(), problemTexts.loss(loss)));
    }
    checked = true;
  }

  /** The file, written afresh from the bank. */
  public StreamedContent getDownload() {
    List<ExportedQuestion> questions = exporting.questions(filters.getSearch().toFilter());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer().write(questions, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    return DefaultStreamedContent.builder()
        .name(QuestionFormats.fileName(FILE_NAME, format))
        .contentType(QuestionFormats.mediaType(format))
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Another choice: what was checked no longer applies. */
  public void changed() {
    checked = false;
  }

  private QuestionWriter writer() {
    return QuestionFormats.writer(format, locale(), charset);
  }

  private Locale locale() {
    return Locale.forLanguageTag(localeSelection.getLanguage());
  }

  public QuestionFilters getFilters() {
    return filters;
  }

  public List<QuestionFileFormat> getFormats() {
    return List.of(QuestionFileFormat.values());
  }

  public QuestionFileFormat getFormat() {
    return format;
  }

  public void setFormat(QuestionFileFormat format) {
    this.format = format == null ? QuestionFileFormat.MOODLE_XML : format;
  }

  public List<ExportCharset> getCharsets() {
    return List.of(ExportCharset.values());
  }

  public ExportCharset getCharset() {
    return charset;
  }

  public void setCharset(ExportCharset charset) {
    this.charset = charset == null ? ExportCharset.UTF_8_BOM : charset;
  }

  /** The character set choice applies to CSV only. */
  public boolean isCsv() {
    return format == QuestionFileFormat.CSV;
  }

  public boolean isChecked() {
    return checked;
  }

  public long getCount() {
    return count;
  }

  public List<LossLine> getLosses() {
    return losses;
  }
}
