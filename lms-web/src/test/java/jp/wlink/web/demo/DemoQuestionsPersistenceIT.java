package jp.wlink.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import jp.wlink.question.bank.Category;
import jp.wlink.question.bank.CategoryTree;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportProgress;
import jp.wlink.question.bank.importing.ImportResult;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.question.certification.Blueprints;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.web.account.Role;
import jp.wlink.web.questions.CertificationOption;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo questions go through the bank's real import against the migrated blueprints. They are
 * imported under a category of their own, so the test runs again on the same schema.
 */
class DemoQuestionsPersistenceIT {
  private static final List<String> WITH_DEMO_QUESTIONS =
      List.of("GESUIDO_3", "GESUIDO_2", "KYUSUI_SHUNIN", "SUIDO_SHISETSU_3");

  private final TestDatabase db = TestDatabase.get();
  private final String top = TestRecords.unique("デモ");
  @TempDir Path files;

  @Test
  void importsEveryDemoFileAndGivesEachSubjectOfTheirBlueprintsPublishedQuestions() {
    long author = db.inTransaction(em -> TestRecords.account(em, Role.HOST).getId());
    List<CertificationOption> blueprints =
        db.inTransaction(
            em -> new Blueprints(em).all().stream().map(CertificationOption::of).toList());

    ImportPreview preview =
        db.inTransaction(
            em -> staging(em).preview(new DemoQuestions(blueprints).read(List.of(top))));
    ImportResult result =
        db.inTransaction(em -> staging(em).commit(preview, false, author, ImportProgress.IGNORED));

    assertThat(preview.problems()).isEmpty();
    assertThat(result.created()).isEqualTo(141);
    for (CertificationOption blueprint : blueprints) {
      if (!WITH_DEMO_QUESTIONS.contains(blueprint.code())) {
        continue;
      }
      for (String subject : blueprint.subjects()) {
        assertThat(published(blueprint.code(), subject))
            .as(blueprint.code() + " " + subject)
            .isPositive();
      }
    }
  }

  private long published(String certification, String subject) {
    return db.inTransaction(
        em -> {
          Category category = new CategoryTree(em).find(List.of(top)).orElseThrow();
          QuestionFilter filter =
              QuestionFilter.ALL
                  .inCategory(category.getId())
                  .forSubject(certification, subject)
                  .withStatus(QuestionStatus.PUBLISHED);
          return new QuestionBank(em).search(filter, 0, 1).total();
        });
  }

  private ImportStaging staging(EntityManager em) {
    return new ImportStaging(em, new QuestionBank(em), new QuestionFiles(files));
  }
}
