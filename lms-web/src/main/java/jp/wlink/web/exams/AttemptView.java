package jp.wlink.web.exams;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.AttemptState;
import jp.wlink.question.exam.AttemptSummary;
import jp.wlink.question.exam.SlotStatus;
import jp.wlink.web.questions.QuestionDisplay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An attempt as its learner takes it through the API: the server's clock and the deadline, and each
 * slot's state with its question as {@link LearnerQuestion}, so nothing reveals an answer. {@code
 * response} is the learner's own saved answer; {@code revision} is what the next save names.
 */
@Schema(name = "Attempt")
@JsonbPropertyOrder({
  "id",
  "kind",
  "title",
  "state",
  "open",
  "deadline",
  "serverNow",
  "answered",
  "unanswered",
  "flagged",
  "slots"
})
public record AttemptView(
    long id,
    AttemptKind kind,
    String title,
    AttemptState state,
    boolean open,
    Instant deadline,
    Instant serverNow,
    long answered,
    long unanswered,
    long flagged,
    List<SlotView> slots) {

  /** One question of the attempt in its position. */
  @Schema(name = "AttemptSlot")
  @JsonbPropertyOrder({
    "position",
    "subject",
    "type",
    "revision",
    "flagged",
    "answered",
    "response",
    "question"
  })
  public record SlotView(
      int position,
      String subject,
      QuestionType type,
      long revision,
      boolean flagged,
      boolean answered,
      JsonValue response,
      LearnerQuestion question) {}

  static AttemptView of(TakenAttempt taken, QuestionDisplay display, Locale locale) {
    AttemptSummary summary = taken.summary();
    List<SlotView> slots = summary.slots().stream().map(s -> slot(taken, s, display)).toList();
    return new AttemptView(
        summary.attemptId(),
        taken.kind(),
        taken.title(locale).orElse(null),
        summary.state(),
        summary.open(),
        summary.deadline().orElse(null),
        summary.now(),
        summary.answered(),
        summary.unanswered(),
        summary.flagged(),
        slots);
  }

  private static SlotView slot(TakenAttempt taken, SlotStatus slot, QuestionDisplay display) {
    var content = taken.content(slot);
    return new SlotView(
        slot.position(),
        slot.subject(),
        content.type(),
        slot.revision(),
        slot.flagged(),
        slot.answered(),
        ResponseValues.value(slot.response()),
        LearnerQuestion.of(content, slot.choiceSeed(), display));
  }
}
