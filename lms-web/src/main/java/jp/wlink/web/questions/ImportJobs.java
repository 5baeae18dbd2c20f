package jp.wlink.web.questions;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportResult;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.QuestionFileFormat;

/**
 * Runs imports in the background on the server's managed executor, so that a large file never holds
 * a request: reading and checking the whole file first (nothing written), then, once the author
 * confirms, the commit. The page polls a job for its stage and progress.
 */
// LIMITATION: a job lives in the memory of the instance that started it, so with several
// instances the load balancer must keep an author on one instance (sticky sessions) while
// importing; an import is short-lived and its file is not worth a shared store.
@ApplicationScoped
public class ImportJobs {
  static final Duration KEPT = Duration.ofHours(2);
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  private static final int READ = 10;
  private static final int CHECKED = 60;

  @Resource private ManagedExecutorService executor;
  @Inject private ImportTransactions transactions;
  @Inject private Clock clock;

  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  /** Starts reading and checking a file; the job is at {@link ImportStage#CHECKING}. */
  public ImportJob start(
      byte[] file,
      String fileName,
      QuestionFileFormat format,
      ImportCharset charset,
      long ownerId) {
    forgetOld();
    ImportJob job =
        new ImportJob(UUID.randomUUID().toString(), ownerId, fileName, format, clock.instant());
    jobs.put(job.id(), job);
    ImportOptions options = new ImportOptions(charset.charset(), List.of(), ImportLimits.DEFAULT);
    executor.execute(() -> check(job, file, options));
    return job;
  }

  private void check(ImportJob job, byte[] file, ImportOptions options) {
    try {
      job.progressed(READ);
      ImportReport report =
          QuestionFormats.reader(job.format()).read(new ByteArrayInputStream(file), options);
      job.progressed(CHECKED);
      ImportPreview preview = transactions.preview(report);
      job.previewed(preview);
      LOG.fine(() -> "Import " + job.id() + " previewed " + preview.questions().size());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + job.id() + " could not be read", e);
      job.failed();
    }
  }

  /**
   * Writes a previewed job's questions in the background; false if it has problems or is not
   * waiting for a confirmation.
   */
  public boolean confirm(ImportJob job, boolean skipDuplicates) {
    if (!job.beginCommit()) {
      return false;
    }
    ImportPreview preview = job.preview().orElseThrow();
    executor.execute(() -> commit(job, preview, skipDuplicates));
    return true;
  }

  private void commit(ImportJob job, ImportPreview preview, boolean skipDuplicates) {
    try {
      ImportResult result =
          transactions.commit(
              preview,
              skipDuplicates,
              job.ownerId(),
              (done, total) -> job.progressed(total == 0 ? 100 : done * 100 / total));
      job.committed(result);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + job.id() + " was not committed; nothing was written", e);
      job.commitFailed();
    }
  }

  /** The job, only to the account that started it. */
  public Optional<ImportJob> find(String jobId, long ownerId) {
    return Optional.ofNullable(jobId == null ? null : jobs.get(jobId))
        .filter(job -> job.ownerId() == ownerId);
  }

  /** Drops the job; a job that was not committed leaves the bank as it was. */
  public void cancel(String jobId, long ownerId) {
    find(jobId, ownerId)
        .filter(job -> !job.stage().working())
        .ifPresent(job -> jobs.remove(job.id()));
  }

  private void forgetOld() {
    Instant limit = clock.instant().minus(KEPT);
    jobs.values().removeIf(job -> job.started().isBefore(limit) && !job.stage().working());
  }
}
