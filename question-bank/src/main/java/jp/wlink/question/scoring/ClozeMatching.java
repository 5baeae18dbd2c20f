package jp.wlink.question.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.ClozeGap.ClozeAnswer;
import jp.wlink.question.content.QuestionBody;

/**
 * Scores the gaps of a cloze question, each like the question type it stands for: typed gaps as
 * short answers (normalised, with wildcards), numerical gaps by tolerance with the best fraction
 * winning, as numerical questions do ({@code *} accepts any number), choice gaps by the chosen
 * answer's exact text, multiple-response gaps by the sum of the ticked answers. A gap earns between
 * 0 and 1, so a negative gap never takes marks from the others; the question earns the mean of its
 * gaps weighted by {@link ClozeGap#weight()}.
 */
final class ClozeMatching {
  private ClozeMatching() {}

  static double fraction(QuestionBody.Cloze body, Map<Integer, String> answers) {
    long weights = 0;
    double earned = 0.0;
    for (int i = 0; i < body.gaps().size(); i++) {
      ClozeGap gap = body.gaps().get(i);
      weights += gap.weight();
      earned += gap.weight() * gapFraction(gap, answers.get(i));
    }
    return weights == 0 ? 0.0 : earned / weights;
  }

  static double gapFraction(ClozeGap gap, String given) {
    double sum = matched(gap, given).stream().mapToDouble(ClozeAnswer::fraction).sum();
    return Math.max(0.0, Math.min(1.0, sum));
  }

  /** The gap's answers the response selects: at most one, except in a multiple-response gap. */
  static List<ClozeAnswer> matched(ClozeGap gap, String given) {
    if (given == null || given.isBlank()) {
      return List.of();
    }
    return switch (gap.kind()) {
      case SHORT_ANSWER -> typed(gap, given, false).stream().toList();
      case SHORT_ANSWER_CASE_SENSITIVE -> typed(gap, given, true).stream().toList();
      case NUMERICAL -> numerical(gap, given).stream().toList();
      case MULTICHOICE, MULTICHOICE_VERTICAL, MULTICHOICE_HORIZONTAL ->
          chosen(gap, Set.of(given.strip()));
      case MULTIRESPONSE, MULTIRESPONSE_HORIZONTAL -> chosen(gap, ticked(given));
    };
  }

  private static Optional<ClozeAnswer> typed(ClozeGap gap, String given, boolean caseSensitive) {
    return gap.answers().stream()
        .filter(a -> ShortAnswerMatching.matches(a.text(), given, caseSensitive))
        .findFirst();
  }

  private static Optional<ClozeAnswer> numerical(ClozeGap gap, String given) {
    Optional<NumberInput> number = NumberInput.read(given).filter(n -> !n.hasUnit());
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return gap.answers().stream()
        .filter(a -> accepts(a, number.get()))
        .max(Comparator.comparingDouble(ClozeAnswer::fraction));
  }

  private static boolean accepts(ClozeAnswer answer, NumberInput number) {
    if (answer.text().strip().equals("*")) {
      return true;
    }
    return NumberInput.read(answer.text())
        .filter(a -> !a.hasUnit())
        .map(a -> NumericalMatching.within(number.value(), a.value(), answer.tolerance()))
        .orElse(false);
  }

  private static List<ClozeAnswer> chosen(ClozeGap gap, Set<String> texts) {
    return gap.answers().stream().filter(a -> texts.contains(a.text().strip())).toList();
  }

  private static Set<String> ticked(String given) {
    return Arrays.stream(given.split(Response.Gaps.CHOICE_SEPARATOR))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toSet());
  }
}
