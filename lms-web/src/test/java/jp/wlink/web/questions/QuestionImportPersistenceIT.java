package jp.wlink.web.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.bank.Question;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionFilter;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.bank.importing.Duplicate;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportRefusedException;
import jp.wlink.question.bank.importing.ImportResult;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.question.bank.importing.StagedQuestion;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.EmbeddedFile;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.testing.SampleContents;
import jp.wlink.question.testing.SampleMetadata;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionImportPersistenceIT {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2};

  private final TestDatabase db = TestDatabase.get();
  private final String top = TestRecords.unique("取込");
  @TempDir Path filesDirectory;
  private long author;

  @BeforeEach
  void storeAuthor() {
    author = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
  }

  @Test
  void previewsWithoutWritingThenCommitCreatesCategoriesAndSkipsDuplicates() {
    String known = "既に登録済みの問題 " + top;
    db.run(em -> bank(em).create(SampleContents.singleChoice(known), meta(List.of(top)), author));
    List<String> sub = List.of(top, "第2種", "計算");
    ImportReport report =
        report(
            question(1, SampleContents.singleChoice("既に登録済みの問題　" + top), List.of(top)),
            question(2, SampleContents.singleChoice("新しい問題 " + top), sub),
            question(3, SampleContents.singleChoice("新しい問題 " + top), sub),
            withImage(question(4, SampleContents.numerical("図の流量 " + top), sub)));

    ImportPreview preview = db.inTransaction(em -> staging(em).preview(report));

    assertThat(preview.valid()).isTrue();
    assertThat(preview.questions())
        .extracting(StagedQuestion::duplicate)
        .containsExactly(Duplicate.IN_BANK, Duplicate.NONE, Duplicate.IN_FILE, Duplicate.NONE);
    assertThat(preview.countsByType())
        .containsEntry(QuestionType.SINGLE_CHOICE, 3)
        .containsEntry(QuestionType.NUMERICAL, 1);
    assertThat(preview.countsByCategory()).containsEntry(sub, 3).containsEntry(List.of(top), 1);
    assertThat(preview.newCategories()).containsExactly(List.of(top, "第2種"), sub);
    assertThat(categoryExists(sub)).isFalse();

    ImportResult result = commit(preview, true);

    assertThat(result).isEqualTo(new ImportResult(2, 2, 2));
    assertThat(inCategory(sub)).hasSize(2);
    String stem = storedStem(inCategory(sub), QuestionType.NUMERICAL);
    assertThat(stem).containsPattern("<img src=\"/files/questions/[0-9a-f]{64}\\.png\">");
    assertThat(
            new QuestionFiles(filesDirectory)
                .locate(stem.replaceAll(".*questions/", "").replaceAll("\".*", "")))
        .isPresent();
  }

  @Test
  void keepsDuplicatesWhenTheUserChoosesTo() {
    List<String> path = List.of(top);
    ImportReport report =
        report(
            question(1, SampleContents.singleChoice("重複 " + top), path),
            question(2, SampleContents.singleChoice("重複 " + top), path));

    ImportResult result = commit(db.inTransaction(em -> staging(em).preview(report)), false);

    assertThat(result.created()).isEqualTo(2);
    assertThat(inCategory(path)).hasSize(2);
  }

  @Test
  void listsTheBanksOwnProblemsAndRefusesToCommitThem() {
    List<String> path = List.of(top);
    db.run(
        em ->
            bank(em)
                .create(SampleContents.singleChoice("既存"), meta(path).withIdNumber("Q-1"), author));
    ImportedQuestion taken = question(5, SampleContents.singleChoice("a" + top), path);
    ImportedQuestion twiceA = question(6, SampleContents.singleChoice("b" + top), path);
    ImportedQuestion twiceB = question(9, SampleContents.singleChoice("c" + top), path);
    ImportedQuestion notImage =
        new ImportedQuestion(
            12,
            SampleContents.singleChoice("d"),
            meta(path),
            List.of(new EmbeddedFile("x.png", "<svg onload=alert(1)>".getBytes())));
    ImportReport report =
        report(
            withIdNumber(taken, "q-1"),
            withIdNumber(twiceA, "Q-2"),
            withIdNumber(twiceB, "Q-2"),
            notImage);

    ImportPreview preview = db.inTransaction(em -> staging(em).preview(report));

    assertThat(preview.problems())
        .extracting(ImportProblem::line, ImportProblem::messageKey)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(5, "question.import.error.idNumberTaken"),
            org.assertj.core.groups.Tuple.tuple(9, "question.import.error.duplicateIdNumber"),
            org.assertj.core.groups.Tuple.tuple(12, "question.import.error.fileNotImage"));
    assertThatThrownBy(() -> commit(preview, true)).isInstanceOf(ImportRefusedException.class);
    assertThat(inCategory(path)).hasSize(1);
  }

  @Test
  void aCommitThatFailsPartWayLeavesTheBankAsItWas() {
    List<String> path = List.of(top, "途中で失敗");
    ImportPreview preview = db.inTransaction(em -> staging(em).preview(generated(600, path)));

    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        staging(em)
                            .commit(
                                preview,
                                true,
                                author,
                                (done, total) -> {
                                  if (done == 500) {
                                    throw new IllegalStateException("connection lost");
                                  }
                                })))
        .hasMessage("connection lost");

    assertThat(categoryExists(List.of(top))).isFalse();
    assertThat(commit(db.inTransaction(em -> staging(em).preview(generated(3, path))), true))
        .isEqualTo(new ImportResult(3, 0, 2));
  }

  @Test
  void commitsTwoThousandQuestionsInChunksWithoutAQueryPerQuestion() {
    List<String> path = List.of(top, "大量");
    ImportPreview preview = db.inTransaction(em -> staging(em).preview(generated(2000, path)));
    List<Integer> progress = new ArrayList<>();

    long started = System.nanoTime();
    int reads =
        StatementCounter.readsDuring(
            db,
            em -> staging(em).commit(preview, true, author, (done, total) -> progress.add(done)));
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.println("Committed 2,000 questions in " + millis + " ms with " + reads + " reads");
    assertThat(progress).containsExactly(0, 500, 1000, 1500, 2000);
    assertThat(count(path)).isEqualTo(2000);
    assertThat(reads).isLessThan(100);
    assertThat(millis).isLessThan(60_000);
  }

  private ImportReport generated(int count, List<String> path) {
    List<ImportedQuestion> questions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      questions.add(question(i + 1, SampleContents.singleChoice("生成 " + i + " " + top), path));
    }
    return new ImportReport(questions, List.of());
  }

  private ImportResult commit(ImportPreview preview, boolean skipDuplicates) {
    return db.inTransaction(
        em -> staging(em).commit(preview, skipDuplicates, author, (done, total) -> {}));
  }

  private List<Question> inCategory(List<String> path) {
    return db.inTransaction(
        em -> {
          long id = bank(em).categories().find(path).orElseThrow().getId();
          return bank(em).search(QuestionFilter.ALL.inCategory(id), 0, 100).questions();
        });
  }

  private long count(List<String> path) {
    return db.inTransaction(
        em -> {
          long id = bank(em).categories().find(path).orElseThrow().getId();
          return bank(em).search(QuestionFilter.ALL.inCategory(id), 0, 1).total();
        });
  }

  private String storedStem(List<Question> questions, QuestionType type) {
    Question question =
        questions.stream().filter(q -> q.getType() == type).findFirst().orElseThrow();
    return db.inTransaction(
        em -> bank(em).currentVersion(question.getId()).orElseThrow().getContent().stem().text());
  }

  private boolean categoryExists(List<String> path) {
    return db.inTransaction(em -> bank(em).categories().find(path).isPresent());
  }

  private static ImportReport report(ImportedQuestion... questions) {
    return new ImportReport(List.of(questions), List.of());
  }

  private static ImportedQuestion question(int line, QuestionContent content, List<String> path) {
    return new ImportedQuestion(line, content, meta(path), List.of());
  }

  private static ImportedQuestion withIdNumber(ImportedQuestion question, String idNumber) {
    return new ImportedQuestion(
        question.line(),
        question.content(),
        question.metadata().withIdNumber(idNumber),
        question.files());
  }

  private static ImportedQuestion withImage(ImportedQuestion question) {
    QuestionContent content = question.content();
    QuestionContent withImage =
        new QuestionContent(
            content.type(),
            content.name(),
            jp.wlink.question.content.RichText.html(
                content.stem().text() + "<img src=\"@@PLUGINFILE@@/流量図.png\">"),
            content.generalFeedback(),
            content.explanation(),
            content.defaultMark(),
            content.penalty(),
            content.body());
    return new ImportedQuestion(
        question.line(), withImage, question.metadata(), List.of(new EmbeddedFile("流量図.png", PNG)));
  }

  private static jp.wlink.question.content.QuestionMetadata meta(List<String> path) {
    return SampleMetadata.draft(path);
  }

  private ImportStaging staging(EntityManager em) {
    return new ImportStaging(em, bank(em), new QuestionFiles(filesDirectory));
  }

  private static QuestionBank bank(EntityManager em) {
    return new QuestionBank(em);
  }
}
