package jp.wlink.web.exams;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.certification.FailReason;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.Ending;
import jp.wlink.question.exam.SubjectResult;
import jp.wlink.question.scoring.Response;

/**
 * A submitted attempt as its learner reviews it: the total, each subject against its minimum, pass
 * or fail with the reasons, and every question with the answer given, its score and the author's
 * feedback. Provisional while an essay awaits grading.
 */
public record Review(
    long attemptId,
    AttemptKind kind,
    Optional<Blueprint> blueprint,
    Ending ending,
    Instant submittedAt,
    double points,
    int possible,
    Optional<Boolean> passed,
    boolean provisional,
    List<SubjectResult> subjects,
    List<FailReason> reasons,
    List<Item> items) {

  public Review {
    subjects = List.copyOf(subjects);
    reasons = List.copyOf(reasons);
    items = List.copyOf(items);
  }

  /**
   * One question of the attempt after submission. {@code score} is the share of the mark earned,
   * empty while an essay awaits grading.
   */
  public record Item(
      int position,
      String subject,
      long choiceSeed,
      QuestionContent content,
      Optional<Response> response,
      Optional<Double> score,
      boolean awaitingGrading,
      Optional<String> graderComment,
      List<RichText> feedback) {

    public Item {
      feedback = List.copyOf(feedback);
    }
  }
}
