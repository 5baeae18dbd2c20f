package jp.wlink.question.analysis;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;

/**
 * A question as item analysis needs it: its id, name and type, how many options it offers (0 for
 * types without options; 2 for true/false) and which of them are keyed right (a positive fraction).
 * Every keyed index is below {@code choiceCount}.
 */
public record AnalysedQuestion(
    long questionId, String name, QuestionType type, int choiceCount, Set<Integer> keyed) {

  public AnalysedQuestion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    keyed = Set.copyOf(keyed);
    int count = choiceCount;
    if (keyed.stream().anyMatch(k -> k < 0 || k >= count)) {
      throw new IllegalArgumentException("keyed options must be among the options");
    }
  }

  public static AnalysedQuestion of(long questionId, QuestionContent content) {
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices choices) {
      Set<Integer> keyed =
          IntStream.range(0, choices.choices().size())
              .filter(i -> choices.choices().get(i).correct())
              .boxed()
              .collect(Collectors.toSet());
      return new AnalysedQuestion(
          questionId, content.name(), content.type(), choices.choices().size(), keyed);
    }
    if (body instanceof QuestionBody.TrueFalse trueFalse) {
      int right = trueFalse.answer() ? ItemResponse.TRUE : ItemResponse.FALSE;
      return new AnalysedQuestion(questionId, content.name(), content.type(), 2, Set.of(right));
    }
    return new AnalysedQuestion(questionId, content.name(), content.type(), 0, Set.of());
  }

  /** Whether unpicked wrong options say something: they do for real distractors, not for 正誤. */
  boolean hasDistractors() {
    return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_RESPONSE;
  }
}
