package jp.wlink.question.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Classical item analysis over a set of attempts. An attempt's total is the sum of the fractions of
 * all its responses given here, each question counting alike; a question is judged against the rest
 * of the test (the total without the question itself), so that it does not correlate with itself.
 * Only attempts that met a question count for it, as exams draw questions at random. Stateless and
 * safe to share.
 */
public final class ItemAnalysis {
  private final FlagRules rules;

  public ItemAnalysis() {
    this(FlagRules.DEFAULT);
  }

  public ItemAnalysis(FlagRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Statistics for each question, in the order given.
   *
   * @throws IllegalArgumentException when an attempt answers the same question twice
   */
  public List<ItemStatistics> analyse(
      List<AnalysedQuestion> questions, Collection<ItemResponse> responses) {
    Map<Long, Double> totals = totalsByAttempt(responses);
    Map<Long, List<ItemResponse>> byQuestion =
        responses.stream().collect(Collectors.groupingBy(ItemResponse::questionId));

    return questions.stream()
        .map(q -> analyse(q, byQuestion.getOrDefault(q.questionId(), List.of()), totals))
        .toList();
  }

  // LIMITATION: each question counts alike in a total, whatever its mark; responses carry no mark.
  private static Map<Long, Double> totalsByAttempt(Collection<ItemResponse> responses) {
    Set<List<Long>> seen = new HashSet<>();
    Map<Long, Double> totals = new HashMap<>();
    for (ItemResponse response : responses) {
      if (!seen.add(List.of(response.attemptId(), response.questionId()))) {
        throw new IllegalArgumentException(
            "attempt " + response.attemptId() + " answers " + response.questionId() + " twice");
      }
      totals.merge(response.attemptId(), response.fraction(), Double::sum);
    }
    return totals;
  }

  private ItemStatistics analyse(
      AnalysedQuestion question, List<ItemResponse> responses, Map<Long, Double> totals) {
    double[] item = responses.stream().mapToDouble(ItemResponse::fraction).toArray();
    double[] rest = new double[item.length];
    for (int i = 0; i < item.length; i++) {
      rest[i] = totals.get(responses.get(i).attemptId()) - item[i];
    }
    OptionalDouble facility = responses.isEmpty() ? OptionalDouble.empty() : mean(item);
    OptionalDouble discrimination = Correlation.pearson(item, rest);
    List<Integer> picks = picks(question, responses);

    Set<WeakItemFlag> flags = EnumSet.noneOf(WeakItemFlag.class);
    flagFigures(responses.size(), facility, discrimination, flags);
    flagOptions(question, picks, highGroupPicks(question, responses, rest), flags);
    return new ItemStatistics(question, responses.size(), facility, discrimination, picks, flags);
  }

  private void flagFigures(
      int count, OptionalDouble facility, OptionalDouble discrimination, Set<WeakItemFlag> flags) {
    if (count < rules.minResponses()) {
      flags.add(WeakItemFlag.FEW_RESPONSES);
    }
    if (facility.isPresent() && facility.getAsDouble() < rules.minFacility()) {
      flags.add(WeakItemFlag.TOO_HARD);
    }
    if (facility.isPresent() && facility.getAsDouble() > rules.maxFacility()) {
      flags.add(WeakItemFlag.TOO_EASY);
    }
    if (discrimination.isPresent() && discrimination.getAsDouble() < rules.minDiscrimination()) {
      flags.add(WeakItemFlag.LOW_DISCRIMINATION);
    }
  }

  private static void flagOptions(
      AnalysedQuestion question, List<Integer> all, List<Integer> high, Set<WeakItemFlag> flags) {
    int bestKey = question.keyed().stream().mapToInt(high::get).max().orElse(0);
    boolean answered = all.stream().anyMatch(n -> n > 0);
    for (int option = 0; option < question.choiceCount(); option++) {
      if (question.keyed().contains(option)) {
        continue;
      }
      if (answered && question.hasDistractors() && all.get(option) == 0) {
        flags.add(WeakItemFlag.UNPICKED_DISTRACTOR);
      }
      if (high.get(option) > bestKey) {
        flags.add(WeakItemFlag.DISTRACTOR_BEATS_KEY);
      }
    }
  }

  /** Picks among the strongest attempts by rest score; ties go to the lower attempt id. */
  private List<Integer> highGroupPicks(
      AnalysedQuestion question, List<ItemResponse> responses, double[] rest) {
    int size = (int) Math.ceil(rules.highGroupShare() * responses.size());
    Comparator<Integer> strongestFirst =
        Comparator.<Integer>comparingDouble(i -> -rest[i])
            .thenComparingLong(i -> responses.get(i).attemptId());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      order.add(i);
    }
    order.sort(strongestFirst);
    return picks(question, order.subList(0, size).stream().map(responses::get).toList());
  }

  private static List<Integer> picks(AnalysedQuestion question, List<ItemResponse> responses) {
    int[] counts = new int[question.choiceCount()];
    for (ItemResponse response : responses) {
      for (int option : response.choices()) {
        if (option >= 0 && option < counts.length) {
          counts[option]++;
        }
      }
    }
    return Arrays.stream(counts).boxed().toList();
  }

  private static OptionalDouble mean(double[] values) {
    return Arrays.stream(values).average();
  }
}
