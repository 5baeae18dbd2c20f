package jp.wlink.web.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.exam.EssayToGrade;
import jp.wlink.question.exam.ExamQuestions;
import jp.wlink.question.exam.GradingQueue;
import jp.wlink.question.scoring.Response;
import jp.wlink.web.questions.QuestionDisplay;

/** The essay grading queue for hosts and administrators, oldest submission first. */
@ApplicationScoped
public class Grading {
  /** The page lists this many essays at a time. */
  static final int PAGE = 50;

  @Inject private GradingQueue queue;
  @Inject private ExamQuestions questions;
  @Inject private QuestionDisplay display;

  @Transactional
  public List<EssayCard> waiting() {
    List<EssayToGrade> essays = queue.awaiting(PAGE);
    Map<Long, QuestionContent> contents =
        questions.contents(essays.stream().map(EssayToGrade::questionVersionId).toList());
    return essays.stream().map(e -> card(e, contents.get(e.questionVersionId()))).toList();
  }

  private EssayCard card(EssayToGrade essay, QuestionContent content) {
    String info =
        content.body() instanceof QuestionBody.Essay body ? display.html(body.graderInfo()) : "";
    String answer =
        essay
            .response()
            .filter(Response.Text.class::isInstance)
            .map(r -> ((Response.Text) r).text())
            .orElse("");
    return new EssayCard(
        essay.slotId(),
        essay.attemptId(),
        essay.position(),
        essay.subject(),
        essay.submittedAt(),
        display.html(content.stem()),
        info,
        answer);
  }

  /** Marks an essay with a share of its mark from 0 to 100 percent; the attempt is rescored. */
  @Transactional
  public void grade(long slotId, int percent, long graderId, String comment) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent out of range: " + percent);
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    queue.grade(slotId, percent / 100.0, graderId, note);
  }
}
