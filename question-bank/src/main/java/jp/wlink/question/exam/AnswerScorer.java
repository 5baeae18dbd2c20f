package jp.wlink.question.exam;

import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.scoring.Response;
import jp.wlink.question.scoring.Score;

/** Marks one answer against the version it answered. */
@FunctionalInterface
public interface AnswerScorer {
  Score score(QuestionContent question, Response response);
}
