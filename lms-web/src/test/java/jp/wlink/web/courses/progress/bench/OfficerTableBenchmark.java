package jp.wlink.web.courses.progress.bench;

import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.web.courses.progress.OfficerQuery;
import jp.wlink.web.courses.progress.OfficerSort;
import jp.wlink.web.courses.progress.OfficerTable;
import jp.wlink.web.courses.progress.StatusFilter;
import jp.wlink.web.testing.TestDatabase;

/**
 * Measures what the server does for one view of the training officer's table: one page of 25 rows
 * and the figures over the whole filter, as {@code OfficerTablePage} asks for them, for an
 * organisation of N learners (default 10,000) each enrolled on three courses of 12 lessons with a
 * random share completed, beside a second organisation of N/5 learners. Prints the median, p95 and
 * maximum over repeated runs of each kind of view, and the time of a whole Excel export's query.
 * The test database is cleaned and migrated first (see {@link TestDatabase}).
 *
 * <p>Not a test, so the build never runs it. Run it by hand from the repository root:
 *
 * <pre>
 * ./mvnw -B -o -q -pl lms-web -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx512m -Dwlink.test.db.url=jdbc:mysql://127.0.0.1:3306/wlink_test_enrol_bench \
 *     -cp lms-web/target/test-classes:lms-web/target/classes:$(cat lms-web/target/bench.cp) \
 *     jp.wlink.web.courses.progress.bench.OfficerTableBenchmark 10000
 * </pre>
 */
public final class OfficerTableBenchmark {
  private static final int RUNS = 30;
  private static final int WARM_UP = 5;
  private static final int PAGE = 25;

  private OfficerTableBenchmark() {}

  public static void main(String[] args) throws Exception {
    int learners = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    TestDatabase db = TestDatabase.get();
    long started = System.nanoTime();
    Seeded seeded = seed(db, learners);
    System.out.printf(
        Locale.ROOT,
        "Seeded %,d learners, %,d enrolments, %,d lesson completions in %.1f s%n",
        learners,
        seeded.enrolments(),
        seeded.completions(),
        (System.nanoTime() - started) / 1e9);
    db.sql("ANALYZE TABLE enrolment, member_profile, account, lesson, course_unit, course");

    OfficerTable table =
        new OfficerTable(db.entityManager(), Clock.fixed(OfficerTableSeed.NOW, ZoneOffset.UTC));
    RiskRule risk = new RiskRule(RiskRule.DEFAULT_INACTIVE_DAYS);
    OfficerQuery all = OfficerQuery.everyone(seeded.organisation(), risk);
    OfficerQuery course =
        new OfficerQuery(
            seeded.organisation(),
            Optional.of(seeded.courses()[1]),
            StatusFilter.ACTIVE,
            false,
            risk);
    OfficerQuery atRisk =
        new OfficerQuery(seeded.organisation(), Optional.empty(), StatusFilter.CURRENT, true, risk);
    int middle = (int) (seeded.enrolments() / 2);

    measure("first page by name", () -> view(table, all, OfficerSort.NAME, false, 0));
    measure("middle page by name", () -> view(table, all, OfficerSort.NAME, false, middle));
    measure(
        "last activity, oldest first", () -> view(table, all, OfficerSort.LAST_ACTIVITY, false, 0));
    measure("progress, highest first", () -> view(table, all, OfficerSort.PROGRESS, true, 0));
    measure("one course, active only", () -> view(table, course, OfficerSort.NAME, false, 0));
    measure("at risk only, by deadline", () -> view(table, atRisk, OfficerSort.DEADLINE, false, 0));
    measure("export query (every row)", () -> exportRows(table, all));
  }

  private static int view(
      OfficerTable table, OfficerQuery query, OfficerSort sort, boolean descending, int first) {
    int rows = table.page(query, sort, descending, first, PAGE).size();
    return rows + (int) table.summary(query).enrolments();
  }

  private static int exportRows(OfficerTable table, OfficerQuery query) {
    int[] rows = {0};
    table.each(query, row -> rows[0]++);
    return rows[0];
  }

  private static void measure(String name, Supplier<Integer> view) {
    for (int i = 0; i < WARM_UP; i++) {
      view.get();
    }
    List<Double> millis = new ArrayList<>();
    int result = 0;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      result = view.get();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%-30s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d)%n",
        name,
        sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        Arrays.stream(sorted).max().orElse(0),
        result);
  }

  private static Seeded seed(TestDatabase db, int learners) throws Exception {
    OfficerTableSeed seed = new OfficerTableSeed(db.dataSource(), 12);
    long organisation;
    long first;
    long[][] lessons = new long[3][];
    long[] courses = new long[3];
    try (Connection connection = db.dataSource().getConnection()) {
      organisation = seed.organisation(connection, "ベンチ市上下水道局");
      long other = seed.organisation(connection, "となり町水道課");
      first = seed.staff(connection, organisation, "bench", learners);
      seed.staff(connection, other, "other", learners / 5);
      String[] titles = {"浄水処理の基礎", "管路の維持管理", "下水処理場の運転"};
      for (int c = 0; c < 3; c++) {
        lessons[c] = seed.course(connection, first, titles[c]);
        courses[c] = courseOf(connection, lessons[c][0]);
      }
    }
    long completions = 0;
    for (int c = 0; c < 3; c++) {
      completions += seed.enrol(first, learners, courses[c], lessons[c]);
    }
    return new Seeded(organisation, courses, 3L * learners, completions);
  }

  private static long courseOf(Connection connection, long lesson) throws Exception {
    try (var sql =
        connection.prepareStatement(
            "SELECT u.course_id FROM lesson l JOIN course_unit u ON u.id = l.unit_id"
                + " WHERE l.id = ?")) {
      sql.setLong(1, lesson);
      try (var row = sql.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** What the seed wrote. */
  private record Seeded(long organisation, long[] courses, long enrolments, long completions) {}
}
