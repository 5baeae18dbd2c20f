package jp.wlink.web.questions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.QuestionFileFormat;
import jp.wlink.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The import wizard: upload a file (format from its name or chosen, character set automatic or
 * chosen), watch it being checked, read the preview (counts, duplicates, every problem with its
 * line or row), then confirm to write or cancel to leave the bank as it was.
 */
@Named
@ViewScoped
public class QuestionImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ImportJobs jobs;
  @Inject private QuestionAuthors authors;
  @Inject private ProblemTexts problemTexts;
  @Inject private Messages messages;
  @Inject private QuestionDisplay display;

  private long accountId;
  private QuestionFileFormat format;
  private ImportCharset charset = ImportCharset.AUTO;
  private boolean skipDuplicates = true;
  private String jobId;

  @PostConstruct
  void identify() {
    accountId = authors.current().accountId();
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file.getSize() > ImportLimits.DEFAULT.maxFileBytes()) {
      messages.error(null, "questions.import.tooLarge", maxMegabytes());
      return;
    }
    Optional<QuestionFileFormat> chosen =
        Optional.ofNullable(format).or(() -> QuestionFormats.byFileName(file.getFileName()));
    if (chosen.isEmpty()) {
      messages.error(null, "questions.import.unknownFormat", file.getFileName());
      return;
    }
    cancelQuietly();
    ImportJob job =
        jobs.start(file.getContent(), file.getFileName(), chosen.get(), charset, accountId);
    jobId = job.id();
  }

  public void confirm() {
    job()
        .ifPresent(
            job -> {
              if (!jobs.confirm(job, skipDuplicates)) {
                messages.error(null, "questions.import.cannotConfirm");
              }
            });
  }

  /** Drops the previewed file; nothing was written, so the bank is as it was. */
  public void cancel() {
    cancelQuietly();
    messages.info("questions.import.cancelled");
  }

  /** Starts over with another file after a commit or a failure. */
  public void restart() {
    cancelQuietly();
  }

  private void cancelQuietly() {
    if (jobId != null) {
      jobs.cancel(jobId, accountId);
      jobId = null;
    }
  }

  public Optional<ImportJob> job() {
    return jobs.find(jobId, accountId);
  }

  public ImportJob getJob() {
    return job().orElse(null);
  }

  public boolean isWorking() {
    return job().map(job -> job.stage().working()).orElse(false);
  }

  public String getStage() {
    return job().map(job -> job.stage().name()).orElse("NONE");
  }

  public int getPercent() {
    return job().map(ImportJob::percent).orElse(0);
  }

  public List<ImportView.Count> getCountsByType() {
    return preview()
        .map(p -> ImportView.byType(p, type -> messages.text(display.typeKey(type))))
        .orElse(List.of());
  }

  public List<ImportView.Count> getCountsByCategory() {
    return preview().map(ImportView::byCategory).orElse(List.of());
  }

  public List<ImportView.ProblemLine> getProblems() {
    return preview().map(p -> ImportView.problems(p, problemTexts::problem)).orElse(List.of());
  }

  public List<ImportView.QuestionLine> getQuestions() {
    return preview().map(ImportView::questions).orElse(List.of());
  }

  public int getQuestionCount() {
    return preview().map(p -> p.questions().size()).orElse(0);
  }

  public long getDuplicateCount() {
    return preview().map(ImportPreview::duplicates).orElse(0L);
  }

  private Optional<ImportPreview> preview() {
    return job().flatMap(ImportJob::preview);
  }

  /** Where the Excel template is downloaded, below the application's context path. */
  public String getTemplatePath() {
    return QuestionTemplateServlet.PATH;
  }

  public long getMaxBytes() {
    return ImportLimits.DEFAULT.maxFileBytes();
  }

  public long maxMegabytes() {
    return ImportLimits.DEFAULT.maxFileBytes() / (1024 * 1024);
  }

  public List<QuestionFileFormat> getFormats() {
    return List.of(QuestionFileFormat.values());
  }

  public List<ImportCharset> getCharsets() {
    return List.of(ImportCharset.values());
  }

  public QuestionFileFormat getFormat() {
    return format;
  }

  public void setFormat(QuestionFileFormat format) {
    this.format = format;
  }

  public ImportCharset getCharset() {
    return charset;
  }

  public void setCharset(ImportCharset charset) {
    this.charset = charset == null ? ImportCharset.AUTO : charset;
  }

  public boolean isSkipDuplicates() {
    return skipDuplicates;
  }

  public void setSkipDuplicates(boolean skipDuplicates) {
    this.skipDuplicates = skipDuplicates;
  }
}
