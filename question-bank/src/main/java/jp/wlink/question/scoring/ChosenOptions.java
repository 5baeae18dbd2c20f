package jp.wlink.question.scoring;

import java.util.List;
import java.util.stream.IntStream;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;

/** Reads which options a choice response picked, ignoring indexes the question does not have. */
final class ChosenOptions {
  private ChosenOptions() {}

  /** The picked options in the question's own order, or none for a response of another kind. */
  static List<Choice> chosen(QuestionBody.Choices body, Response response) {
    if (!(response instanceof Response.Chosen given)) {
      return List.of();
    }
    return IntStream.range(0, body.choices().size())
        .filter(i -> given.choices().contains(i))
        .mapToObj(body.choices()::get)
        .toList();
  }
}
