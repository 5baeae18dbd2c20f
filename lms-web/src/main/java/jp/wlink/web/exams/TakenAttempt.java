package jp.wlink.web.exams;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.wlink.question.certification.Blueprint;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.exam.AttemptKind;
import jp.wlink.question.exam.AttemptSummary;
import jp.wlink.question.exam.SlotStatus;

/**
 * An attempt as the exam page and the API show it: every slot's state and the content of the exact
 * version each slot showed. The blueprint is empty for a practice quiz.
 */
public record TakenAttempt(
    AttemptSummary summary,
    AttemptKind kind,
    Optional<Blueprint> blueprint,
    Map<Long, QuestionContent> contents) {

  public TakenAttempt {
    Objects.requireNonNull(summary);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(blueprint);
    contents = Map.copyOf(contents);
  }

  public QuestionContent content(SlotStatus slot) {
    return contents.get(slot.questionVersionId());
  }

  /** The blueprint's name in the reader's language; empty for a practice quiz. */
  public Optional<String> title(Locale locale) {
    return blueprint.map(b -> "en".equals(locale.getLanguage()) ? b.getNameEn() : b.getName());
  }
}
