package jp.wlink.course.simulation;

import java.util.Locale;
import jp.wlink.course.placement.PlacementRules;

/**
 * Prints the simulation figures for the README: placement RMSE after 10, 15 and 20 items, and the
 * answers needed to reach mastery with adaptive and fixed orders. Run from the repository root
 * (classpath built as for {@code jp.wlink.course.bench.KnowledgeTracingBenchmark}):
 *
 * <pre>
 * java -cp course-engine/target/classes:course-engine/target/test-classes:$(cat \
 *     course-engine/target/bench.cp) jp.wlink.course.simulation.SimulationBenchmark
 * </pre>
 */
public final class SimulationBenchmark {
  private static final int LEARNERS = 2000;
  private static final long SEED = 2009;

  private SimulationBenchmark() {}

  public static void main(String[] args) {
    printPlacement(1);
    printPlacement(4);
    printMastery();
  }

  private static void printPlacement(int skills) {
    PlacementSimulation placement = new PlacementSimulation(skills, LEARNERS);
    for (int items : new int[] {10, 15, 20}) {
      System.out.printf(
          Locale.ROOT,
          "placement, %d skill(s), %d items: RMSE %.3f adaptive, %.3f random items%n",
          skills,
          items,
          placement.adaptiveRmse(items, SEED),
          placement.randomRmse(items, SEED));
    }
    PlacementSimulation.Figures figures = placement.withRules(PlacementRules.defaults(), SEED);
    System.out.printf(
        Locale.ROOT,
        "placement, %d skill(s), default rules: %.1f items, RMSE %.3f, right level %.0f%%,"
            + " within one level %.0f%%%n",
        skills,
        figures.meanItems(),
        figures.rmse(),
        100 * figures.rightLevel(),
        100 * figures.withinOneLevel());
  }

  private static void printMastery() {
    MasterySimulation mastery = new MasterySimulation(SimulatedCourse.typical(), LEARNERS);
    MasterySimulation.Outcome adaptive = mastery.run(MasterySimulation.Order.ADAPTIVE, SEED);
    for (MasterySimulation.Order order : MasterySimulation.Order.values()) {
      MasterySimulation.Outcome outcome = mastery.run(order, SEED);
      System.out.printf(
          Locale.ROOT,
          "mastery, %-24s %.1f answers (adaptive saves %.0f%%), %.0f%% of skills truly mastered,"
              + " %d unfinished%n",
          order,
          outcome.meanAnswers(),
          100 * (1 - adaptive.meanAnswers() / outcome.meanAnswers()),
          100 * outcome.trulyMastered(),
          outcome.unfinished());
    }
  }
}
