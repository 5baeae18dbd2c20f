package jp.wlink.question.bank.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import jp.wlink.question.bank.CategoryTree;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.QuestionText;
import jp.wlink.question.bank.files.PluginFileLinks;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.bank.files.StoredFile;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.EmbeddedFile;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;

/**
 * Imports in two steps. {@link #preview} reads the bank but writes nothing: it marks duplicates and
 * adds the bank's own problems to the reader's. {@link #commit} writes a valid preview in one
 * transaction, so that a failure anywhere leaves the bank exactly as it was; it flushes and clears
 * the persistence context every {@value #CHUNK} questions to keep memory flat, and reports progress
 * at each chunk.
 */
@ApplicationScoped
public class ImportStaging {
  static final int CHUNK = 500;

  private static final Logger LOG = Logger.getLogger(ImportStaging.class.getName());

  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private QuestionBank bank;
  @Inject private Instance<QuestionFiles> configuredFiles;
  private QuestionFiles files;

  protected ImportStaging() {}

  /** For use outside a container (persistence tests), in the caller's transaction. */
  public ImportStaging(EntityManager em, QuestionBank bank, QuestionFiles files) {
    this.em = Objects.requireNonNull(em, "em");
    this.bank = Objects.requireNonNull(bank, "bank");
    this.files = Objects.requireNonNull(files, "files");
  }

  /** Everything the import would do and every problem that stops it, without writing. */
  public ImportPreview preview(ImportReport report) {
    List<ImportedQuestion> imported = report.questions();
    List<String> fingerprints =
        imported.stream().map(q -> QuestionText.fingerprint(q.content())).toList();
    BankLookups lookups = new BankLookups(em);
    Set<String> inBank = lookups.fingerprintsInBank(fingerprints);
    CategoryTree tree = new CategoryTree(em);
    PreviewChecks checks =
        new PreviewChecks(tree, lookups.idNumbersInBank(idNumbers(imported)), files());

    List<StagedQuestion> staged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < imported.size(); i++) {
      checks.check(imported.get(i));
      staged.add(
          new StagedQuestion(
              imported.get(i), fingerprints.get(i), duplicate(fingerprints.get(i), inBank, seen)));
    }
    List<ImportProblem> problems = new ArrayList<>(report.problems());
    problems.addAll(checks.problems());
    return new ImportPreview(
        staged,
        countsByType(imported),
        countsByCategory(imported),
        newCategories(tree, imported),
        problems);
  }

  /**
   * Writes the previewed questions (without duplicates if asked), creating their categories, all or
   * nothing.
   *
   * @throws ImportRefusedException if the preview has problems
   */
  @Transactional
  public ImportResult commit(
      ImportPreview preview, boolean skipDuplicates, long authorId, ImportProgress progress) {
    if (!preview.valid()) {
      throw new ImportRefusedException(preview.problems().size());
    }
    List<StagedQuestion> toWrite =
        preview.questions().stream().filter(q -> !(skipDuplicates && q.isDuplicate())).toList();
    CategoryTree tree = new CategoryTree(em);
    int categoriesCreated = createCategories(tree, toWrite);

    int total = toWrite.size();
    progress.advanced(0, total);
    for (int from = 0; from < total; from += CHUNK) {
      int to = Math.min(total, from + CHUNK);
      toWrite.subList(from, to).forEach(staged -> write(tree, staged, authorId));
      em.flush();
      em.clear();
      tree.reload();
      progress.advanced(to, total);
    }

    ImportResult result =
        new ImportResult(total, preview.questions().size() - total, categoriesCreated);
    LOG.info(() -> "Import by account " + authorId + " committed: " + result);
    return result;
  }

  private void write(CategoryTree tree, StagedQuestion staged, long authorId) {
    ImportedQuestion question = staged.question();
    bank.add(tree, withStoredFiles(question), question.metadata(), authorId);
  }

  private QuestionContent withStoredFiles(ImportedQuestion question) {
    if (question.files().isEmpty()) {
      return question.content();
    }
    Map<String, StoredFile> stored = new HashMap<>();
    // LIMITATION: files are written before the transaction commits; a rolled-back import leaves
    // unreferenced images behind (harmless: content-addressed, reused by a later import).
    for (EmbeddedFile file : question.files()) {
      stored.put(file.name(), files().store(file));
    }
    return PluginFileLinks.rewrite(question.content(), stored);
  }

  private static int createCategories(CategoryTree tree, List<StagedQuestion> questions) {
    int created = 0;
    for (List<String> path :
        distinctPaths(questions.stream().map(StagedQuestion::question).toList())) {
      for (int depth = 1; depth <= path.size(); depth++) {
        created += tree.isNew(path.subList(0, depth)) ? 1 : 0;
      }
      tree.resolve(path);
    }
    return created;
  }

  private static Duplicate duplicate(String fingerprint, Set<String> inBank, Set<String> seen) {
    boolean first = seen.add(fingerprint);
    if (inBank.contains(fingerprint)) {
      return Duplicate.IN_BANK;
    }
    return first ? Duplicate.NONE : Duplicate.IN_FILE;
  }

  private static List<String> idNumbers(List<ImportedQuestion> imported) {
    return imported.stream().flatMap(q -> q.metadata().idNumber().stream()).toList();
  }

  private static Map<QuestionType, Integer> countsByType(List<ImportedQuestion> imported) {
    Map<QuestionType, Integer> counts = new TreeMap<>();
    imported.forEach(q -> counts.merge(q.content().type(), 1, Integer::sum));
    return counts;
  }

  private static Map<List<String>, Integer> countsByCategory(List<ImportedQuestion> imported) {
    Map<List<String>, Integer> counts = new HashMap<>();
    imported.forEach(
        q -> counts.merge(CategoryTree.clean(q.metadata().categoryPath()), 1, Integer::sum));
    return counts;
  }

  private static List<List<String>> newCategories(
      CategoryTree tree, List<ImportedQuestion> imported) {
    Set<List<String>> created = new java.util.LinkedHashSet<>();
    for (List<String> path : distinctPaths(imported)) {
      for (int depth = 1; depth <= path.size(); depth++) {
        if (tree.isNew(path.subList(0, depth))) {
          created.add(List.copyOf(path.subList(0, depth)));
        }
      }
    }
    return List.copyOf(created);
  }

  private static Set<List<String>> distinctPaths(List<ImportedQuestion> imported) {
    Set<List<String>> paths = new java.util.LinkedHashSet<>();
    imported.forEach(q -> paths.add(CategoryTree.clean(q.metadata().categoryPath())));
    return paths;
  }

  /** The store the web layer configures; the documented default directory if it has none yet. */
  private QuestionFiles files() {
    if (files == null) {
      files =
          configuredFiles.isResolvable()
              ? configuredFiles.get()
              : new QuestionFiles(Path.of(QuestionFiles.DEFAULT_DIRECTORY));
    }
    return files;
  }
}
