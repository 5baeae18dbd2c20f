package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jp.wlink.question.bank.CategoryTree;
import jp.wlink.question.bank.Question;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportProgress;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.question.format.ImportLimits;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.QuestionFileFormat;
import jp.wlink.question.format.TextDecoding;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV as Japanese Excel saves it ("CSV (コンマ区切り)", Windows-31J) keeps 髙, Ⅲ and ㎡ through the
 * import wizard's path: the reader the wizard picks, the charset it passes, the bank's commit.
 */
class ShiftJisCsvImportPersistenceIT {
  private final TestDatabase db = TestDatabase.get();
  private final String top = TestRecords.unique("第Ⅲ種");
  @TempDir Path files;

  @Test
  void importsAShiftJisCsvWithEveryCharacterIntactWhetherDetectedOrChosen() throws Exception {
    for (ImportCharset charset : List.of(ImportCharset.AUTO, ImportCharset.SHIFT_JIS)) {
      String category = top + charset;
      byte[] csv = csv(category, "処理能力 50,000㎡の").getBytes(TextDecoding.WINDOWS_31J);

      StoredQuestion stored = importAndFind(csv, charset, category);

      assertThat(stored.content().stem().text()).contains("処理能力 50,000㎡の第Ⅲ種");
      assertThat(stored.metadata().author()).hasValue("髙橋");
      assertThat(stored.metadata().categoryPath()).containsExactly(category);
    }
  }

  /**
   * ㎥ is not in Windows-31J, so Excel's Shift_JIS CSV cannot hold it (Excel writes "?"); the file
   * that carries it is Excel's "CSV UTF-8", which imports it intact.
   */
  @Test
  void importsCubicMetresFromTheUtf8CsvExcelWritesForThem() throws Exception {
    assertThat(TextDecoding.WINDOWS_31J.newEncoder().canEncode("㎥")).isFalse();
    String category = top + "UTF8";
    byte[] csv = csv(category, "処理能力 50,000㎥/日の").getBytes(StandardCharsets.UTF_8);

    StoredQuestion stored = importAndFind(csv, ImportCharset.AUTO, category);

    assertThat(stored.content().stem().text()).contains("処理能力 50,000㎥/日の第Ⅲ種");
    assertThat(stored.metadata().author()).hasValue("髙橋");
  }

  private StoredQuestion importAndFind(byte[] csv, ImportCharset charset, String category)
      throws Exception {
    ImportOptions options = new ImportOptions(charset.charset(), List.of(), ImportLimits.DEFAULT);
    ImportReport report =
        QuestionFormats.reader(QuestionFileFormat.CSV).read(new ByteArrayInputStream(csv), options);
    long author = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    ImportPreview preview = db.inTransaction(em -> staging(em).preview(report));
    assertThat(preview.problems()).isEmpty();
    db.run(em -> staging(em).commit(preview, false, author, ImportProgress.IGNORED));

    return db.inTransaction(
        em -> {
          long id = new CategoryTree(em).find(List.of(category)).orElseThrow().getId();
          QuestionFilter filter = QuestionFilter.ALL.inCategory(id).containing("処理能力");
          Question found = new QuestionBank(em).search(filter, 0, 5).questions().get(0);
          return StoredQuestion.of(
              new QuestionBank(em).currentVersion(found.getId()).orElseThrow());
        });
  }

  private static String csv(String category, String capacity) {
    return "種類,カテゴリ,問題文,正解,選択肢1,選択肢2,作成者\r\n"
        + "単一選択,"
        + category
        + ",\""
        + capacity
        + "第Ⅲ種の施設で、正しいものはどれか。\",1,髙橋が設計した,別の人,髙橋\r\n";
  }

  private ImportStaging staging(EntityManager em) {
    return new ImportStaging(em, new QuestionBank(em), new QuestionFiles(files));
  }
}
