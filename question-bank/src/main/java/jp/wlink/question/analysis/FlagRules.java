package jp.wlink.question.analysis;

/**
 * Where item analysis draws its lines. Facility outside [{@code minFacility}, {@code maxFacility}]
 * and discrimination below {@code minDiscrimination} are flagged; {@code highGroupShare} is the
 * share of attempts, by their score on the rest of the test, that counts as the strong group
 * (Kelley's 27 %); fewer than {@code minResponses} responses make the figures unreliable.
 */
public record FlagRules(
    double minFacility,
    double maxFacility,
    double minDiscrimination,
    double highGroupShare,
    int minResponses) {

  /** Common classical test theory limits. */
  public static final FlagRules DEFAULT = new FlagRules(0.2, 0.95, 0.2, 0.27, 10);

  public FlagRules {
    if (minFacility < 0 || maxFacility > 1 || minFacility > maxFacility) {
      throw new IllegalArgumentException("facility limits must lie in [0, 1], lower first");
    }
    if (highGroupShare <= 0 || highGroupShare > 1) {
      throw new IllegalArgumentException("highGroupShare must lie in (0, 1]");
    }
    if (minResponses < 0) {
      throw new IllegalArgumentException("minResponses must not be negative");
    }
  }
}
