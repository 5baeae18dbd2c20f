package jp.wlink.question.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How one question behaved: {@code facility} is the mean fraction earned (empty without responses);
 * {@code discrimination} the point-biserial correlation between the fraction earned and the score
 * on the rest of the test (empty when either does not vary); {@code picks} how many responses
 * picked each option, in the question's own option order.
 */
public record ItemStatistics(
    AnalysedQuestion question,
    int responses,
    OptionalDouble facility,
    OptionalDouble discrimination,
    List<Integer> picks,
    Set<WeakItemFlag> flags) {

  public ItemStatistics {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(discrimination, "discrimination");
    picks = List.copyOf(picks);
    // Kept in the enum's order, so that every page and sheet lists flags alike.
    flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }
}
