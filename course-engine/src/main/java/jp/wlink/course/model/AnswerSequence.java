package jp.wlink.course.model;

import java.util.List;

/** One learner's answers in the order given: what the model is trained on. */
public record AnswerSequence(List<Answer> answers) {
  public AnswerSequence {
    answers = List.copyOf(answers);
  }
}
