package jp.wlink.question.scoring;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learner's answer to one question, as saved while they work. Indexes point into the question
 * version's own lists (choices, pairs, items, gaps), never into the shuffled order shown, so a
 * response means the same thing whatever order the page used.
 */
@JsonbTypeInfo(
    key = "kind",
    value = {
      @JsonbSubtype(alias = "choice", type = Response.Chosen.class),
      @JsonbSubtype(alias = "trueFalse", type = Response.TrueFalse.class),
      @JsonbSubtype(alias = "text", type = Response.Text.class),
      @JsonbSubtype(alias = "matching", type = Response.Matched.class),
      @JsonbSubtype(alias = "ordering", type = Response.Ordered.class),
      @JsonbSubtype(alias = "cloze", type = Response.Gaps.class)
    })
public sealed interface Response {

  /** Indexes of the chosen options (one for single choice). */
  record Chosen(Set<Integer> choices) implements Response {
    public Chosen {
      choices = Set.copyOf(choices);
    }
  }

  record TrueFalse(boolean answer) implements Response {}

  /** Free text: short answer, numerical (number and optional unit), essay (HTML). */
  record Text(String text) implements Response {}

  /** For each prompt index, the answer text the learner put against it. */
  record Matched(Map<Integer, String> answers) implements Response {
    public Matched {
      answers = Map.copyOf(answers);
    }
  }

  /** Item indexes in the order the learner put them. */
  record Ordered(List<Integer> order) implements Response {
    public Ordered {
      order = List.copyOf(order);
    }
  }

  /**
   * For each gap index (from 0), what the learner typed or chose (a choice's text). A
   * multiple-response gap holds the texts of every ticked answer joined by {@link
   * #CHOICE_SEPARATOR}.
   */
  record Gaps(Map<Integer, String> answers) implements Response {
    /**
     * Joins the ticked answers of a multiple-response gap. Moodle's cloze syntax keeps each gap on
     * one line, so no answer text can contain a line feed.
     */
    public static final String CHOICE_SEPARATOR = "\n";

    public Gaps {
      answers = Map.copyOf(answers);
    }
  }
}
