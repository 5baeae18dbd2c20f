package jp.wlink.course.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacementSimulationTest {
  private static final long SEED = 17;

  /** The RMSE of the prior alone: the standard deviation of true abilities, √0.8. */
  private static final double PRIOR_RMSE = Math.sqrt(0.8);

  @Test
  void theErrorShrinksWithEveryFiveMoreItems() {
    PlacementSimulation simulation = new PlacementSimulation(1, 600);

    double after10 = simulation.adaptiveRmse(10, SEED);
    double after15 = simulation.adaptiveRmse(15, SEED);
    double after20 = simulation.adaptiveRmse(20, SEED);

    assertThat(after10).isLessThan(PRIOR_RMSE * 0.7);
    assertThat(after15).isLessThan(after10);
    assertThat(after20).isLessThan(after15);
  }

  @Test
  void itemsChosenByInformationPlaceBetterThanItemsDrawnAtRandom() {
    PlacementSimulation simulation = new PlacementSimulation(4, 600);

    assertThat(simulation.adaptiveRmse(10, SEED)).isLessThan(simulation.randomRmse(10, SEED));
  }
}
