package jp.wlink.course.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.wlink.course.model.AnswerSequence;
import jp.wlink.course.model.LearnerModel;
import jp.wlink.course.model.ModelSettings;

/**
 * Fits the learner model on the ASSISTments 2009 training split, runs it online through the test
 * split and prints AUC and log loss next to baselines from the same run and the published figures.
 * Run from the repository root (the folder defaults to {@code ../shared/...} from there):
 *
 * <pre>
 * ./mvnw -B -o -q -pl course-engine -am test-compile dependency:build-classpath -DskipTests \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp course-engine/target/classes:course-engine/target/test-classes:$(cat \
 *     course-engine/target/bench.cp) jp.wlink.course.bench.KnowledgeTracingBenchmark
 * </pre>
 */
public final class KnowledgeTracingBenchmark {
  private static final Path FROM_ROOT = Path.of("../shared/data/learner-responses/assist2009");

  private KnowledgeTracingBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : FROM_ROOT;
    List<AnswerSequence> train = Assist2009.train(folder);
    List<AnswerSequence> test = Assist2009.test(folder);

    long start = System.nanoTime();
    LearnerModel model = LearnerModel.train(train, ModelSettings.defaults());
    double fitSeconds = (System.nanoTime() - start) / 1e9;
    Scores online = OnlineEvaluation.run(model, test);
    Scores coreOnly = coreAlone(train, test);

    print("global mean (baseline)", OnlineEvaluation.globalMean(train, test));
    print("per-skill mean (baseline)", OnlineEvaluation.skillMean(train, test));
    print("Glicko core alone, online", coreOnly);
    print("learner model, online", online);
    System.out.printf(Locale.ROOT, "fitted in %.1f s%n", fitSeconds);
    System.out.println(
        "published AUC on ASSISTments 2009 (Gervet et al. 2020, another split, with item ids):"
            + " IRT 0.69, PFA 0.72, DKT 0.75, Best-LR 0.77;"
            + " on this split (Zhang et al. 2017): DKT 0.805, DKVMN 0.816");
  }

  /** The core's own prediction, with the difficulties calibrated on the training split. */
  private static Scores coreAlone(List<AnswerSequence> train, List<AnswerSequence> test) {
    LearnerModel calibrated = LearnerModel.untrained(ModelSettings.defaults());
    OnlineEvaluation.run(calibrated, train);
    return OnlineEvaluation.run(calibrated, test);
  }

  private static void print(String name, Scores scores) {
    System.out.printf(Locale.ROOT, "%-28s %s%n", name, scores);
  }
}
