package jp.wlink.web.questions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportResult;
import jp.wlink.question.format.QuestionFileFormat;

/**
 * One import in progress, shared between the page's requests and the background task that reads or
 * writes it. Its state changes only through the synchronized methods below, so a poll never sees a
 * preview without its stage.
 */
public final class ImportJob {
  private final String id;
  private final long ownerId;
  private final String fileName;
  private final QuestionFileFormat format;
  private final Instant started;
  private ImportStage stage = ImportStage.CHECKING;
  private int percent;
  private ImportPreview preview;
  private ImportResult result;
  private boolean commitFailed;

  ImportJob(String id, long ownerId, String fileName, QuestionFileFormat format, Instant now) {
    this.id = Objects.requireNonNull(id);
    this.ownerId = ownerId;
    this.fileName = Objects.requireNonNull(fileName);
    this.format = Objects.requireNonNull(format);
    this.started = Objects.requireNonNull(now);
  }

  synchronized void progressed(int newPercent) {
    percent = Math.max(0, Math.min(100, newPercent));
  }

  synchronized void previewed(ImportPreview newPreview) {
    preview = Objects.requireNonNull(newPreview);
    stage = ImportStage.PREVIEWED;
    percent = 100;
  }

  synchronized void failed() {
    stage = ImportStage.FAILED;
  }

  /** Starts the commit; false if the job is not waiting for one (a second click, say). */
  synchronized boolean beginCommit() {
    if (stage != ImportStage.PREVIEWED || !preview.valid()) {
      return false;
    }
    stage = ImportStage.COMMITTING;
    percent = 0;
    commitFailed = false;
    return true;
  }

  synchronized void committed(ImportResult newResult) {
    result = Objects.requireNonNull(newResult);
    stage = ImportStage.COMMITTED;
    percent = 100;
  }

  /** A commit that failed leaves the bank unchanged; the preview can be confirmed again. */
  synchronized void commitFailed() {
    stage = ImportStage.PREVIEWED;
    commitFailed = true;
  }

  /** Whether the last commit failed (and so wrote nothing). */
  public synchronized boolean lastCommitFailed() {
    return commitFailed;
  }

  public String id() {
    return id;
  }

  public long ownerId() {
    return ownerId;
  }

  public String fileName() {
    return fileName;
  }

  public QuestionFileFormat format() {
    return format;
  }

  public Instant started() {
    return started;
  }

  public synchronized ImportStage stage() {
    return stage;
  }

  public synchronized int percent() {
    return percent;
  }

  public synchronized Optional<ImportPreview> preview() {
    return Optional.ofNullable(preview);
  }

  public synchronized Optional<ImportResult> result() {
    return Optional.ofNullable(result);
  }
}
