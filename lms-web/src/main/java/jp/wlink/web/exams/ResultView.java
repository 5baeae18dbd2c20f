package jp.wlink.web.exams;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.wlink.question.certification.FailReason;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.Ending;
import jp.wlink.question.exam.SubjectResult;
import jp.wlink.web.questions.QuestionDisplay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A submitted attempt's result through the API: total and subject scores, pass or fail with the
 * reasons in the caller's language, and every question with the answer given, the right answer, the
 * author's feedback and the explanation. Texts are safe HTML.
 */
@Schema(name = "AttemptResult")
@JsonbPropertyOrder({
  "id",
  "kind",
  "title",
  "ending",
  "submittedAt",
  "points",
  "possible",
  "passed",
  "provisional",
  "subjects",
  "reasons",
  "items"
})
public record ResultView(
    long id,
    AttemptKind kind,
    String title,
    Ending ending,
    Instant submittedAt,
    double points,
    int possible,
    Boolean passed,
    boolean provisional,
    List<SubjectView> subjects,
    List<String> reasons,
    List<ItemView> items) {

  /** A subject's points against the minimum that applied when the attempt was scored. */
  @Schema(name = "SubjectScore")
  public record SubjectView(
      String subject, double points, int possible, Integer minimumCorrect, boolean passed) {}

  /** One question after submission; {@code score} is null while an essay awaits grading. */
  @Schema(name = "ReviewItem")
  @JsonbPropertyOrder({
    "position",
    "subject",
    "type",
    "question",
    "response",
    "score",
    "awaitingGrading",
    "given",
    "correct",
    "feedback",
    "generalFeedback",
    "explanation",
    "graderComment"
  })
  public record ItemView(
      int position,
      String subject,
      QuestionType type,
      LearnerQuestion question,
      JsonValue response,
      Double score,
      boolean awaitingGrading,
      List<String> given,
      List<String> correct,
      List<String> feedback,
      String generalFeedback,
      String explanation,
      String graderComment) {}

  static ResultView of(Review review, QuestionDisplay display, ReviewText.Words words, Locale in) {
    ReviewText text = new ReviewText(display, words);
    return new ResultView(
        review.attemptId(),
        review.kind(),
        review
            .blueprint()
            .map(b -> "en".equals(in.getLanguage()) ? b.getNameEn() : b.getName())
            .orElse(null),
        review.ending(),
        review.submittedAt(),
        review.points(),
        review.possible(),
        review.passed().orElse(null),
        review.provisional(),
        review.subjects().stream().map(ResultView::subject).toList(),
        review.reasons().stream().map(r -> reason(r, words, in)).toList(),
        review.items().stream().map(i -> item(i, display, text)).toList());
  }

  /** A fail reason in the caller's language, its scores rounded as the pages show them. */
  private static String reason(FailReason reason, ReviewText.Words words, Locale in) {
    Object[] args = reason.args().stream().map(a -> Points.argument(a, in)).toArray();
    return words.text(reason.key(), args);
  }

  private static SubjectView subject(SubjectResult s) {
    return new SubjectView(
        s.getSubject(), s.getPoints(), s.getPossible(), s.getMinimumCorrect(), s.isPassed());
  }

  private static ItemView item(Review.Item item, QuestionDisplay display, ReviewText text) {
    var content = item.content();
    return new ItemView(
        item.position(),
        item.subject(),
        content.type(),
        LearnerQuestion.of(content, item.choiceSeed(), display),
        ResponseValues.value(item.response()),
        item.score().orElse(null),
        item.awaitingGrading(),
        text.given(content, item.response()),
        text.key(content),
        item.feedback().stream().map(display::html).toList(),
        display.html(content.generalFeedback()),
        display.html(content.explanation()),
        item.graderComment().orElse(null));
  }
}
