package jp.wlink.web.questions.bench;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.wlink.question.bank.QuestionBank;
import jp.wlink.question.bank.files.QuestionFiles;
import jp.wlink.question.bank.importing.ImportPreview;
import jp.wlink.question.bank.importing.ImportResult;
import jp.wlink.question.bank.importing.ImportStaging;
import jp.wlink.question.bank.importing.StagedQuestion;
import jp.wlink.question.bench.BenchFormat;
import jp.wlink.question.bench.GeneratedQuestions;
import jp.wlink.question.bench.HeapMeter;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;
import jp.wlink.web.account.Role;
import jp.wlink.web.testing.TestDatabase;
import jp.wlink.web.testing.TestRecords;

/**
 * Measures a whole question import as the bank's import page runs it: read the file, preview it
 * against the bank (duplicate and idnumber checks), then commit every question, duplicates kept, in
 * one transaction. For each format it generates N questions of mixed types (default 10,000) with
 * their own label, so that the second format's questions are not duplicates of the first's, and
 * prints wall and CPU time per phase, the rows stored, and the peak heap above a settled baseline.
 * The test database is cleaned and migrated first (see {@link TestDatabase}).
 *
 * <p>Not a test, so the build never runs it. Run it by hand from the repository root, with the heap
 * limit the README states and a schema of your own:
 *
 * <pre>
 * ./mvnw -B -o -q -pl lms-web -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx512m -Dwlink.test.db.url=jdbc:mysql://127.0.0.1:3306/wlink_test_bench \
 *     -cp lms-web/target/test-classes:lms-web/target/classes:$(cat lms-web/target/bench.cp) \
 *     jp.wlink.web.questions.bench.FullImportBenchmark 10000
 * </pre>
 *
 * <p>The {@code -am} makes the classpath point at the other modules' freshly compiled classes
 * rather than at whatever the local repository holds.
 */
public final class FullImportBenchmark {
  private static final List<BenchFormat> FORMATS =
      List.of(BenchFormat.moodleXml(), BenchFormat.xlsx());

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final TestDatabase db;
  private final long authorId;
  private final QuestionFiles files;
  private final List<Phase> phases = new ArrayList<>();

  private FullImportBenchmark(TestDatabase db, long authorId, QuestionFiles files) {
    this.db = db;
    this.authorId = authorId;
    this.files = files;
  }

  /** One timed step: wall time, and CPU time of the importing thread. */
  private record Phase(String name, double seconds, double cpu) {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    TestDatabase db = TestDatabase.get();
    long authorId = db.inTransaction(em -> TestRecords.account(em, Role.STAFF).getId());
    Path filesDirectory = Files.createTempDirectory("wlink-bench-files-");

    for (BenchFormat format : FORMATS) {
      Path file = generated(format, count);
      try {
        QuestionFiles files = new QuestionFiles(filesDirectory);
        System.out.println(new FullImportBenchmark(db, authorId, files).measure(format, file));
      } finally {
        Files.deleteIfExists(file);
      }
    }
    // The generated questions embed no files, so the store stays empty.
    Files.deleteIfExists(filesDirectory);
  }

  /** Writes the format's own labelled set; the questions are garbage before the measuring. */
  private static Path generated(BenchFormat format, int count) throws IOException {
    Path file = Files.createTempFile("wlink-bench-", "." + format.extension());
    try (OutputStream out = Files.newOutputStream(file)) {
      format.writer().write(GeneratedQuestions.mixed(count, format.name() + "-"), out);
    }
    return file;
  }

  private String measure(BenchFormat format, Path file) throws IOException {
    long questionsBefore = count("SELECT COUNT(q) FROM Question q");
    long versionsBefore = count("SELECT COUNT(v) FROM QuestionVersion v");
    HeapMeter heap = HeapMeter.start();
    long processCpu = PROCESS.getProcessCpuTime();

    ImportReport report = timed("read", () -> read(format, file));
    ImportPreview preview =
        timed("preview", () -> db.inTransaction(em -> staging(em).preview(report)));
    ImportResult result = timed("commit", () -> commit(preview));

    double processSeconds = (PROCESS.getProcessCpuTime() - processCpu) / 1e9;
    long peak = heap.peak();
    long questions = count("SELECT COUNT(q) FROM Question q") - questionsBefore;
    long versions = count("SELECT COUNT(v) FROM QuestionVersion v") - versionsBefore;
    return String.join(
        System.lineSeparator(),
        header(format, file, report, preview, result),
        phaseLines(processSeconds),
        String.format(
            Locale.ROOT,
            "  stored %,d questions, %,d versions; peak heap %.0f MB, %.0f MB above the baseline"
                + " of %.0f MB (max %.0f MB); %d GCs",
            questions,
            versions,
            HeapMeter.megabytes(peak),
            HeapMeter.megabytes(peak - heap.baseline()),
            HeapMeter.megabytes(heap.baseline()),
            HeapMeter.megabytes(HeapMeter.maxHeap()),
            heap.collections()));
  }

  private static ImportReport read(BenchFormat format, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return format.reader().read(in, ImportOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportResult commit(ImportPreview preview) {
    return db.inTransaction(
        em -> staging(em).commit(preview, false, authorId, (done, total) -> {}));
  }

  private <T> T timed(String name, Supplier<T> step) {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();

    T result = step.get();

    double seconds = (System.nanoTime() - start) / 1e9;
    phases.add(new Phase(name, seconds, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9));
    return result;
  }

  private static String header(
      BenchFormat format,
      Path file,
      ImportReport report,
      ImportPreview preview,
      ImportResult result)
      throws IOException {
    long duplicates = preview.questions().stream().filter(StagedQuestion::isDuplicate).count();
    return String.format(
        Locale.ROOT,
        "%s: %.1f MB file, %,d questions read, %d problems, %,d marked duplicate (kept), %s",
        format.name(),
        HeapMeter.megabytes(Files.size(file)),
        report.questions().size(),
        preview.problems().size(),
        duplicates,
        result);
  }

  private String phaseLines(double processSeconds) {
    StringBuilder lines = new StringBuilder();
    for (Phase phase : phases) {
      lines.append(
          String.format(
              Locale.ROOT,
              "  %-8s %6.2f s (CPU %6.2f s)%n",
              phase.name(),
              phase.seconds(),
              phase.cpu()));
    }
    return lines
        .append(
            String.format(
                Locale.ROOT,
                "  %-8s %6.2f s (CPU %6.2f s; the whole JVM, GC included: %.2f s)",
                "total",
                phases.stream().mapToDouble(Phase::seconds).sum(),
                phases.stream().mapToDouble(Phase::cpu).sum(),
                processSeconds))
        .toString();
  }

  private long count(String jpql) {
    return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }

  private ImportStaging staging(EntityManager em) {
    return new ImportStaging(em, new QuestionBank(em), files);
  }
}
