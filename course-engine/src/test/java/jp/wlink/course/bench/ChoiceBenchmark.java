package jp.wlink.course.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import jp.wlink.course.adaptive.ActivityKind;
import jp.wlink.course.adaptive.CourseMap;
import jp.wlink.course.adaptive.NextActivity;
import jp.wlink.course.adaptive.NextActivityPolicy;
import jp.wlink.course.adaptive.Reason;
import jp.wlink.course.review.MemoryModel;
import jp.wlink.course.review.ReviewScheduler;
import jp.wlink.course.review.SchedulerSettings;

/**
 * Measures the choice of the next activity on a course of 5,000 items and 100 skills, with learner
 * state summarised from 1,000,000 generated answers (2,000 learners of 500 answers; every answer
 * replayed through FSRS). After a warm-up, it times each of 10,000 choices, cycling through the
 * learners, and prints p50, p90, p99 and the maximum, with how often each reason came up. Not a
 * test: run it by hand from the repository root:
 *
 * <pre>
 * ./mvnw -B -o -q -pl course-engine -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx512m -cp course-engine/target/classes:course-engine/target/test-classes:$(cat \
 *     course-engine/target/bench.cp) jp.wlink.course.bench.ChoiceBenchmark
 * </pre>
 *
 * Arguments, all optional: learners, answers, items, skills, timed choices.
 */
public final class ChoiceBenchmark {
  private static final int WARM_UP = 30_000;
  private static final PracticeTally PRACTICE = new PracticeTally();
  private static final ReviewScheduler SCHEDULER =
      new ReviewScheduler(MemoryModel.defaults(), SchedulerSettings.forQuestionItems());

  private ChoiceBenchmark() {}

  public static void main(String[] args) {
    int learners = argument(args, 0, 2_000);
    int answers = argument(args, 1, 1_000_000);
    int items = argument(args, 2, 5_000);
    int skills = argument(args, 3, 100);
    int choices = argument(args, 4, 10_000);

    long start = System.nanoTime();
    GeneratedCourse course = new GeneratedCourse(skills, items, 1);
    Instant begin = Instant.parse("2026-01-05T00:00:00Z");
    AnswerLog log = new AnswerLog(course, learners, answers, begin.getEpochSecond(), 2);
    Instant now = Instant.ofEpochSecond(Arrays.stream(log.epochSecond).max().orElseThrow());
    print("generated %,d answers of %,d learners in %.1f s", answers, learners, since(start));

    start = System.nanoTime();
    HistorySummary summary = new HistorySummary(course, log);
    double[] difficulty = summary.calibrate();
    CourseMap map = course.map(difficulty);
    BenchLearner[] backlog = snapshots(course, summary, difficulty, now, false);
    print(
        "summarised them (calibration, abilities, %,d FSRS reviews replayed) in %.1f s",
        answers, since(start));
    BenchLearner[] caughtUp = snapshots(course, summary, difficulty, now, true);

    NextActivityPolicy policy = NextActivityPolicy.defaults();
    long[] all = new long[0];
    for (BenchLearner[] learnersOfScenario : List.of(backlog, caughtUp)) {
      run(policy, map, learnersOfScenario, 0, WARM_UP, null);
      Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
      long[] nanos = run(policy, map, learnersOfScenario, WARM_UP, choices, reasons);
      String scenario = learnersOfScenario == backlog ? "review backlog" : "reviews kept up";
      report(scenario, nanos, reasons, items, skills);
      all = LongStream.concat(LongStream.of(all), LongStream.of(nanos)).toArray();
    }
    report("both", all, Map.of(), items, skills);
  }

  private static BenchLearner[] snapshots(
      GeneratedCourse course,
      HistorySummary summary,
      double[] difficulty,
      Instant now,
      boolean caughtUp) {
    Map<String, Integer> index = new HashMap<>();
    for (int s = 0; s < course.skills; s++) {
      index.put(GeneratedCourse.skillId(s), s);
    }
    BenchLearner.Shared shared =
        new BenchLearner.Shared(course, difficulty, summary.skillMedians(difficulty), index);
    SplittableRandom random = new SplittableRandom(3);
    BenchLearner[] snapshots = new BenchLearner[summary.learners()];
    for (int l = 0; l < snapshots.length; l++) {
      snapshots[l] = summary.learner(l, shared, now, random, caughtUp);
    }
    return snapshots;
  }

  /**
   * Times each choice; the learner then follows it (untimed), a minute and a half later on their
   * own clock.
   */
  private static long[] run(
      NextActivityPolicy policy,
      CourseMap map,
      BenchLearner[] learners,
      int firstStep,
      int choices,
      Map<Reason, Integer> reasons) {
    long[] nanos = new long[choices];
    SplittableRandom random = new SplittableRandom(choices);
    for (int i = 0; i < choices; i++) {
      BenchLearner learner = learners[i % learners.length];
      long step = (firstStep + i) / learners.length;
      Instant at = learner.sessionStart().plusSeconds(step * 90L);
      long started = System.nanoTime();
      NextActivity next = policy.nextActivity(map, learner, at);
      nanos[i] = System.nanoTime() - started;
      if (reasons != null) {
        reasons.merge(next.reason(), 1, Integer::sum);
        PRACTICE.add(next, learner);
      }
      learner.follow(next, at, SCHEDULER, random);
    }
    return nanos;
  }

  private static void report(
      String scenario, long[] nanos, Map<Reason, Integer> reasons, int items, int skills) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    print(
        "next activity (%s), %,d items, %d skills, %,d timed choices: p50 %.1f µs, "
            + "p90 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs",
        scenario,
        items,
        skills,
        sorted.length,
        micros(sorted, 0.50),
        micros(sorted, 0.90),
        micros(sorted, 0.99),
        micros(sorted, 0.999),
        sorted[sorted.length - 1] / 1e3);
    if (!reasons.isEmpty()) {
      print("  reasons: %s", reasons);
      print("  %s", PRACTICE.takeSummary());
    }
  }

  private static double micros(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(index, 0)] / 1e3;
  }

  /** How close practice items came to the success band, as the learner model predicted. */
  private static final class PracticeTally {
    private int chosen;
    private int inBand;
    private double sum;

    void add(NextActivity next, BenchLearner learner) {
      if (next.kind() == ActivityKind.PRACTICE) {
        double p = learner.probabilityCorrect(next.targetId());
        chosen++;
        inBand += p >= 0.70 && p <= 0.85 ? 1 : 0;
        sum += p;
      }
    }

    String takeSummary() {
      String summary =
          String.format(
              Locale.ROOT,
              "practice items: %,d, predicted inside 70–85%%: %.1f%%, mean prediction %.3f",
              chosen,
              100.0 * inBand / Math.max(chosen, 1),
              sum / Math.max(chosen, 1));
      chosen = 0;
      inBand = 0;
      sum = 0;
      return summary;
    }
  }

  private static int argument(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
  }

  private static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }
}
