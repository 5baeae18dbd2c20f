package jp.wlink.web.exams;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import jp.wlink.question.analysis.ItemStatistics;
import jp.wlink.question.content.QuestionType;

/**
 * One question's figures as the analysis page shows them: facility and discrimination rounded to
 * two places (null when there is nothing to compute), picks per option, and the flags' texts.
 */
public record AnalysisRow(
    String name,
    QuestionType type,
    int responses,
    Double facility,
    Double discrimination,
    List<Integer> picks,
    List<Integer> keyed,
    List<String> flags)
    implements Serializable {

  static AnalysisRow of(ItemStatistics item, Function<String, String> words) {
    return new AnalysisRow(
        item.question().name(),
        item.question().type(),
        item.responses(),
        rounded(item.facility()),
        rounded(item.discrimination()),
        List.copyOf(item.picks()),
        item.question().keyed().stream().sorted().toList(),
        item.flags().stream().map(f -> words.apply(f.messageKey())).toList());
  }

  private static Double rounded(OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 100) / 100.0 : null;
  }

  /** Picks per option as "1: 12", the keyed options marked. */
  public List<String> getPickLines() {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < picks.size(); i++) {
      lines.add((i + 1) + (keyed.contains(i) ? "✓" : "") + ": " + picks.get(i));
    }
    return lines;
  }
}
