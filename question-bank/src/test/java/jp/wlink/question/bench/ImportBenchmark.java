package jp.wlink.question.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.wlink.question.format.ExportedQuestion;
import jp.wlink.question.format.ImportOptions;
import jp.wlink.question.format.ImportReport;

/**
 * Generates N questions of mixed types (default 10,000), writes them in each format to a temporary
 * file, and measures reading them back: wall time and peak heap above a baseline taken after a
 * forced garbage collection, and the reading thread's CPU time, which a busy machine disturbs less
 * than wall time. One line per format. Not a test: run it by hand with the heap limit the README
 * states, from the repository root:
 *
 * <pre>
 * ./mvnw -B -o -q -pl question-bank test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx512m -cp question-bank/target/classes:question-bank/target/test-classes:$(cat \
 *     question-bank/target/bench.cp) jp.wlink.question.bench.ImportBenchmark 10000
 * </pre>
 */
public final class ImportBenchmark {
  static final List<BenchFormat> FORMATS =
      List.of(BenchFormat.moodleXml(), BenchFormat.xlsx(), BenchFormat.csv());

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    List<ExportedQuestion> questions = GeneratedQuestions.mixed(count);
    for (BenchFormat format : FORMATS) {
      Path file = Files.createTempFile("wlink-bench-", "." + format.extension());
      try {
        try (OutputStream out = Files.newOutputStream(file)) {
          format.writer().write(questions, out);
        }
        System.out.println(measure(format, file, count));
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  private static String measure(BenchFormat format, Path file, int count) throws IOException {
    HeapMeter heap = HeapMeter.start();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();

    ImportReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = format.reader().read(in, ImportOptions.defaults());
    }

    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    return String.format(
        Locale.ROOT,
        "%-5s %,d questions (%,d read, %d problems) from %.1f MB in %.2f s (CPU %.2f s); "
            + "peak heap %.0f MB (baseline %.0f MB, max %.0f MB), %d GCs",
        format.name(),
        count,
        report.questions().size(),
        report.problems().size(),
        HeapMeter.megabytes(Files.size(file)),
        seconds,
        cpu,
        HeapMeter.megabytes(heap.peak()),
        HeapMeter.megabytes(heap.baseline()),
        HeapMeter.megabytes(HeapMeter.maxHeap()),
        heap.collections());
  }
}
