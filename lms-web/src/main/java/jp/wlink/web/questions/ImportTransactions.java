package jp.wlink.web.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportProgress;
import jp.wlink.question.bank.importing.ImportResult;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.question.format.ImportReport;

/**
 * The bank's import steps, each in its own transaction, as background tasks need them: the preview
 * only reads; the commit writes everything or, on any failure, nothing.
 */
@ApplicationScoped
@Transactional
public class ImportTransactions {
  @Inject private ImportStaging staging;

  public ImportPreview preview(ImportReport report) {
    return staging.preview(report);
  }

  public ImportResult commit(
      ImportPreview preview, boolean skipDuplicates, long authorId, ImportProgress progress) {
    return staging.commit(preview, skipDuplicates, authorId, progress);
  }
}
