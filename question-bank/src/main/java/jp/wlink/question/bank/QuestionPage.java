package jp.wlink.question.bank;

import java.util.List;

/** One page of a question list and how many questions the whole list holds. */
public record QuestionPage(List<Question> questions, long total, int offset, int limit) {
  public QuestionPage {
    questions = List.copyOf(questions);
  }
}
