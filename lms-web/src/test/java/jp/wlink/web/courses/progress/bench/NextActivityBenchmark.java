package jp.wlink.web.courses.progress.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import jp.wlink.course.adaptive.Reason;
import jp.wlink.course.learning.FitOutcome;
import jp.wlink.course.learning.FitTrigger;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.ModelFitting;
import jp.wlink.course.learning.NextActivities;
import jp.wlink.course.learning.Recommendation;
import jp.wlink.web.testing.TestDatabase;

/**
 * Measures the whole choice of a learner's next activity as a page asks for it, {@code
 * NextActivities.recommend}, on MariaDB: the course and enrolment, the learner's stored model
 * state, lesson completions and earliest review cards read from the database, the course map from
 * its cache, and the policy. The data: a course of 100 skills and 5,000 published questions, and
 * 2,000 learners with 500 stored answers each (1,000,000 answers in practice attempts, with the
 * learner states, about 900,000 review cards and the item calibration the learning record derives
 * from them). Each timed call runs in its own transaction and persistence context, as a request
 * does; calls cycle through the learners after a warm-up. Prints p50, p95, p99 and the maximum, and
 * the load average sampled while the calls ran. With the argument {@code fit} it first fits the
 * learner model on the million stored answers and prints how long that took.
 *
 * <p>Not a test, so the build never runs it. Run it by hand from the repository root:
 *
 * <pre>
 * ./mvnw -B -o -q -pl lms-web -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx1g -Dwlink.test.db.url=jdbc:mysql://127.0.0.1:3306/wlink_test_next_bench \
 *     -cp lms-web/target/test-classes:lms-web/target/classes:$(cat lms-web/target/bench.cp) \
 *     jp.wlink.web.courses.progress.bench.NextActivityBenchmark [fit]
 * </pre>
 */
public final class NextActivityBenchmark {
  private static final int LEARNERS = 2_000;
  private static final int ANSWERS_EACH = 500;
  private static final int PER_SKILL = 50;
  private static final int WARM_UP = Integer.getInteger("wlink.bench.warmup", 4_000);
  private static final int TIMED = Integer.getInteger("wlink.bench.calls", 10_000);

  private NextActivityBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean reuse = Boolean.getBoolean("wlink.bench.reuse");
    Seeded seeded = reuse ? null : seedAfresh();
    EntityManagerFactory emf = factory();
    seeded = reuse ? seeded(emf) : seeded;
    if (args.length > 0 && args[0].equals("fit")) {
      fit(emf);
    }

    EntityManager em = emf.createEntityManager();
    Clock clock = Clock.fixed(OfficerTableSeed.NOW, ZoneOffset.UTC);
    NextActivities next = new NextActivities(em, new LearningRecord(em), clock);
    run(em, next, seeded, 0, WARM_UP, null);
    Load load = Load.sample();
    Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
    long[] nanos = run(em, next, seeded, WARM_UP, TIMED, reasons);
    long[] roundTrips = roundTrips(em, TIMED);
    load.stop();
    report(nanos, reasons, load);
    Arrays.sort(roundTrips);
    print(
        "  baseline in the same run, one SELECT 1 in a transaction: p50 %.2f ms, p99 %.2f ms",
        millis(roundTrips, 0.50), millis(roundTrips, 0.99));
    em.close();
    emf.close();
  }

  private static long[] run(
      EntityManager em,
      NextActivities next,
      Seeded seeded,
      int first,
      int calls,
      Map<Reason, Integer> reasons) {
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long learner = seeded.firstLearner() + (first + i) % LEARNERS;
      long start = System.nanoTime();
      em.getTransaction().begin();
      Recommendation chosen = next.recommend(learner, seeded.courseId()).orElseThrow();
      em.getTransaction().commit();
      nanos[i] = System.nanoTime() - start;
      em.clear();
      if (reasons != null) {
        reasons.merge(chosen.next().reason(), 1, Integer::sum);
      }
    }
    return nanos;
  }

  /** The time of the smallest transaction, to tell the machine's share of the figures. */
  private static long[] roundTrips(EntityManager em, int calls) {
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      em.getTransaction().begin();
      em.createNativeQuery("SELECT 1").getSingleResult();
      em.getTransaction().commit();
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static void fit(EntityManagerFactory emf) {
    EntityManager em = emf.createEntityManager();
    Clock clock = Clock.fixed(OfficerTableSeed.NOW, ZoneOffset.UTC);
    long started = System.nanoTime();
    em.getTransaction().begin();
    FitOutcome outcome =
        new ModelFitting(em, new LearningRecord(em), clock, ModelFitting.MINIMUM_ANSWERS)
            .fit(FitTrigger.ADMIN);
    em.getTransaction().commit();
    print(
        "fitted the learner model on %,d stored answers of %,d learners in %.1f s: %s",
        outcome.answers(), outcome.learners(), since(started), outcome.heldOut().orElse(null));
    em.close();
  }

  private static void report(long[] nanos, Map<Reason, Integer> reasons, Load load) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    print(
        "recommend (DB reads + cached map + policy), %,d calls after %,d warm-up:"
            + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
        sorted.length,
        WARM_UP,
        millis(sorted, 0.50),
        millis(sorted, 0.95),
        millis(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6);
    print("  reasons: %s", reasons);
    print(
        "  load average (1 min) while timed: mean %.2f, max %.2f, %d cores",
        load.mean(), load.max(), Runtime.getRuntime().availableProcessors());
  }

  private static Seeded seedAfresh() throws Exception {
    TestDatabase db = TestDatabase.get();
    long started = System.nanoTime();
    Seeded seeded = seed(db);
    print(
        "Seeded %,d answers of %,d learners, 5,000 questions, 100 skills in %.1f s",
        (long) LEARNERS * ANSWERS_EACH, LEARNERS, since(started));
    db.sql(
        "ANALYZE TABLE learner_state, review_card, enrolment, lesson_completion,"
            + " checkpoint_pass, item_calibration, attempt_slot, exam_attempt");
    return seeded;
  }

  /** What an earlier run seeded, with -Dwlink.bench.reuse=true. */
  private static Seeded seeded(EntityManagerFactory emf) {
    EntityManager em = emf.createEntityManager();
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT c.id, MIN(e.learner_id) FROM course c JOIN enrolment e"
                        + " ON e.course_id = c.id WHERE c.code = 'BENCH-NEXT' GROUP BY c.id")
                .getSingleResult();
    em.close();
    return new Seeded(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  private static Seeded seed(TestDatabase db) throws Exception {
    NextActivitySeed catalogue = new NextActivitySeed();
    OfficerTableSeed people = new OfficerTableSeed(db.dataSource(), NextActivitySeed.SKILLS);
    long firstLearner;
    NextActivitySeed.Course course;
    int[] numbers;
    try (Connection connection = db.dataSource().getConnection()) {
      long organisation = people.organisation(connection, "ベンチ市水道局");
      firstLearner = people.staff(connection, organisation, "next", LEARNERS);
      numbers = catalogue.numberSkills(connection);
      course = catalogue.course(connection, firstLearner);
      catalogue.questions(connection, firstLearner, PER_SKILL);
    }
    people.enrol(firstLearner, LEARNERS, course.id(), course.lessons());
    new AnswerSeed(db.dataSource(), numbers, PER_SKILL)
        .answer(firstLearner, LEARNERS, ANSWERS_EACH);
    return new Seeded(course.id(), firstLearner);
  }

  /** The test database's persistence unit, caching entities as the application's does. */
  private static EntityManagerFactory factory() {
    return Persistence.createEntityManagerFactory(
        "wlink-test",
        Map.of(
            "jakarta.persistence.jdbc.url",
            TestDatabase.setting("url")
                + "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true",
            "jakarta.persistence.jdbc.user",
            TestDatabase.setting("user"),
            "jakarta.persistence.jdbc.password",
            TestDatabase.setting("password"),
            "jakarta.persistence.jdbc.driver",
            "com.mysql.cj.jdbc.Driver",
            "jakarta.persistence.sharedCache.mode",
            "ENABLE_SELECTIVE",
            "eclipselink.logging.level",
            System.getProperty("wlink.bench.sql", "WARNING")));
  }

  private static double millis(long[] sorted, double quantile) {
    return sorted[Math.max((int) Math.ceil(quantile * sorted.length) - 1, 0)] / 1e6;
  }

  private static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }

  /** What the seed wrote that the calls need. */
  private record Seeded(long courseId, long firstLearner) {}

  /** The one-minute load average from /proc/loadavg, sampled every second. */
  private static final class Load {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final DoubleAdder sum = new DoubleAdder();
    private final LongAdder samples = new LongAdder();
    private volatile double max;

    static Load sample() {
      Load load = new Load();
      load.timer.scheduleAtFixedRate(load::read, 0, 1, TimeUnit.SECONDS);
      return load;
    }

    private void read() {
      try {
        double now = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        sum.add(now);
        samples.increment();
        max = Math.max(max, now);
      } catch (Exception e) {
        // no /proc on this system: the figure stays 0
      }
    }

    void stop() {
      timer.shutdownNow();
    }

    double mean() {
      return samples.sum() == 0 ? 0 : sum.sum() / samples.sum();
    }

    double max() {
      return max;
    }
  }
}
