package jp.wlink.question.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a certification decides a pass: an optional overall minimum, an optional minimum on the sum
 * of the core subjects, and each subject's own minimum. All that apply must hold. A subject the
 * learner has no score for counts as zero out of its question count.
 */
public record PassRule(
    Optional<Threshold> overall, Optional<Threshold> core, List<SubjectRule> subjects) {

  public PassRule {
    Objects.requireNonNull(overall);
    Objects.requireNonNull(core);
    subjects = List.copyOf(subjects);
    if (core.isPresent() && subjects.stream().noneMatch(SubjectRule::core)) {
      throw new IllegalArgumentException("a core minimum needs core subjects");
    }
  }

  /** Judges the scores; subjects not in this rule are ignored. */
  public PassResult evaluate(List<SubjectScore> scores) {
    Map<String, SubjectScore> byName =
        scores.stream().collect(Collectors.toMap(SubjectScore::subject, Function.identity()));
    List<SubjectOutcome> outcomes = subjects.stream().map(s -> outcome(s, byName)).toList();

    List<FailReason> reasons = new ArrayList<>();
    for (SubjectOutcome outcome : outcomes) {
      if (!outcome.passed()) {
        reasons.add(
            new FailReason(
                FailReason.SUBJECT_BELOW_MINIMUM,
                List.of(outcome.subject(), outcome.points(), outcome.minimumCorrect().getAsInt())));
      }
    }
    core.ifPresent(t -> check(t, coreOutcomes(outcomes), FailReason.CORE_BELOW_MINIMUM, reasons));
    overall.ifPresent(t -> check(t, outcomes, FailReason.OVERALL_BELOW_MINIMUM, reasons));

    return new PassResult(points(outcomes), possible(outcomes), outcomes, reasons);
  }

  private static SubjectOutcome outcome(SubjectRule rule, Map<String, SubjectScore> byName) {
    SubjectScore score = byName.get(rule.name());
    double points = score == null ? 0.0 : score.points();
    int possible = score == null ? rule.questionCount() : score.possible();
    boolean passed =
        rule.minimumCorrect().isEmpty()
            || Threshold.correct(rule.minimumCorrect().getAsInt()).isMetBy(points, possible);
    return new SubjectOutcome(rule.name(), points, possible, rule.minimumCorrect(), passed);
  }

  private List<SubjectOutcome> coreOutcomes(List<SubjectOutcome> outcomes) {
    List<SubjectOutcome> inCore = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      if (subjects.get(i).core()) {
        inCore.add(outcomes.get(i));
      }
    }
    return inCore;
  }

  private static void check(
      Threshold threshold, List<SubjectOutcome> group, String key, List<FailReason> reasons) {
    double points = points(group);
    int possible = possible(group);
    if (!threshold.isMetBy(points, possible)) {
      reasons.add(new FailReason(key, List.of(points, threshold.required(possible))));
    }
  }

  private static double points(List<SubjectOutcome> group) {
    return group.stream().mapToDouble(SubjectOutcome::points).sum();
  }

  private static int possible(List<SubjectOutcome> group) {
    return group.stream().mapToInt(SubjectOutcome::possible).sum();
  }
}
