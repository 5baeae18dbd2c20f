package jp.wlink.course.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.wlink.course.model.Answer;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.LearnerState;
import jp.wlink.course.model.ModelSettings;

/**
 * Measures how long the model takes per answer: the prediction before it and the update after it,
 * each timed alone with {@link System#nanoTime()} (whose own cost, some 20–30 ns, is included),
 * over the 101,419 answers of the ASSISTments 2009 test split. The first rounds warm the JIT up and
 * the last is reported: mean, median, 99th percentile and maximum in microseconds (the mean carries
 * the rare garbage-collector pauses that the maximum shows). Run like {@link
 * KnowledgeTracingBenchmark}, with the class name {@code
 * jp.wlink.course.bench.UpdateTimeBenchmark}.
 */
public final class UpdateTimeBenchmark {
  private static final Path FROM_ROOT = Path.of("../shared/data/learner-responses/assist2009");
  private static final int ROUNDS = 5;

  private UpdateTimeBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : FROM_ROOT;
    LearnerModel model = LearnerModel.train(Assist2009.train(folder), ModelSettings.defaults());
    List<AnswerSequence> test = Assist2009.test(folder);
    int answers = test.stream().mapToInt(s -> s.answers().size()).sum();

    long[] predict = new long[answers];
    long[] update = new long[answers];
    for (int round = 0; round < ROUNDS; round++) {
      time(model, test, predict, update);
    }

    print("predict", predict);
    print("update", update);
  }

  private static void time(
      LearnerModel model, List<AnswerSequence> test, long[] predict, long[] update) {
    int n = 0;
    double sink = 0;
    for (AnswerSequence sequence : test) {
      LearnerState state = model.newLearner();
      for (Answer answer : sequence.answers()) {
        long start = System.nanoTime();
        sink += model.predict(state, answer.item());
        long predicted = System.nanoTime();
        model.update(state, answer.item(), answer.correct());
        long updated = System.nanoTime();
        predict[n] = predicted - start;
        update[n++] = updated - predicted;
      }
    }
    if (sink < 0) {
      System.out.println(sink);
    }
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElseThrow() / 1000;
    double median = sorted[sorted.length / 2] / 1000.0;
    double p99 = sorted[(int) (sorted.length * 0.99)] / 1000.0;
    System.out.printf(
        Locale.ROOT,
        "%-8s mean %.2f µs, median %.2f µs, p99 %.2f µs, max %.1f µs over %,d answers"
            + " (last of %d rounds)%n",
        what,
        mean,
        median,
        p99,
        sorted[sorted.length - 1] / 1000.0,
        sorted.length,
        ROUNDS);
  }
}
