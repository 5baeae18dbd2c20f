package jp.wlink.web.exams;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.wlink.question.content.ClozeGap;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionType;
import jp.wlink.web.questions.QuestionDisplay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question as a learner may see it while the attempt is open: the stem and what can be chosen, in
 * the order the slot showed them. It never holds a fraction, feedback, an accepted answer, a
 * numeric value, the right order or the explanation, so nothing in it gives the answer away. Lists
 * that do not apply to the type are null and left out of the JSON.
 */
@Schema(name = "LearnerQuestion")
@JsonbPropertyOrder({"type", "kind", "stem", "choices", "prompts", "answers", "items", "gaps"})
public record LearnerQuestion(
    QuestionType type,
    String kind,
    String stem,
    List<Option> choices,
    List<Option> prompts,
    List<String> answers,
    List<Option> items,
    List<Gap> gaps,
    Integer responseLines) {

  /** An option, prompt or item: its index in the question's own list, and its safe HTML. */
  @Schema(name = "LearnerOption")
  public record Option(int index, String html) {}

  /**
   * A cloze gap, written in the stem as {@code {#n}} with n = index + 1. {@code options} lists the
   * texts offered by a choice gap and is null for a gap the learner types into.
   */
  @Schema(name = "LearnerGap")
  public record Gap(int index, ClozeGap.Kind kind, List<String> options) {}

  /** The learner's view of {@code content} as the slot with {@code seed} shows it. */
  public static LearnerQuestion of(QuestionContent content, long seed, QuestionDisplay display) {
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices choices) {
      List<Option> shown =
          display.choiceOrder(content, seed).stream()
              .map(i -> new Option(i, display.html(choices.choices().get(i).text())))
              .toList();
      return plain(content, display).with(shown, null, null, null, null);
    }
    if (body instanceof QuestionBody.Matching matching) {
      List<Option> prompts =
          display.matchingPrompts(content).stream()
              .map(i -> new Option(i, display.html(matching.pairs().get(i).prompt())))
              .toList();
      return plain(content, display)
          .with(null, prompts, display.matchingAnswers(content, seed), null, null);
    }
    return ofOtherKinds(content, seed, display);
  }

  private static LearnerQuestion ofOtherKinds(
      QuestionContent content, long seed, QuestionDisplay display) {
    QuestionBody body = content.body();
    LearnerQuestion plain = plain(content, display);
    if (body instanceof QuestionBody.Ordering ordering) {
      List<Option> items =
          display.orderingStart(content, seed).stream()
              .map(i -> new Option(i, display.html(ordering.items().get(i))))
              .toList();
      return plain.with(null, null, null, items, null);
    }
    if (body instanceof QuestionBody.Cloze cloze) {
      return plain.with(null, null, null, null, gaps(cloze, display));
    }
    if (body instanceof QuestionBody.Essay essay) {
      return new LearnerQuestion(
          content.type(),
          plain.kind,
          plain.stem,
          null,
          null,
          null,
          null,
          null,
          essay.responseLines());
    }
    return plain;
  }

  /** Type, input kind and stem alone: all a true/false, short answer or numerical one needs. */
  private static LearnerQuestion plain(QuestionContent content, QuestionDisplay display) {
    return new LearnerQuestion(
        content.type(),
        display.playerKind(content.type()),
        display.html(content.stem()),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private LearnerQuestion with(
      List<Option> newChoices,
      List<Option> newPrompts,
      List<String> newAnswers,
      List<Option> newItems,
      List<Gap> newGaps) {
    return new LearnerQuestion(
        type, kind, stem, newChoices, newPrompts, newAnswers, newItems, newGaps, responseLines);
  }

  private static List<Gap> gaps(QuestionBody.Cloze cloze, QuestionDisplay display) {
    List<ClozeGap> gaps = cloze.gaps();
    return java.util.stream.IntStream.range(0, gaps.size())
        .mapToObj(i -> gap(i, gaps.get(i), display))
        .toList();
  }

  private static Gap gap(int index, ClozeGap gap, QuestionDisplay display) {
    if (display.textGap(gap)) {
      return new Gap(index, gap.kind(), null);
    }
    return new Gap(
        index, gap.kind(), gap.answers().stream().map(ClozeGap.ClozeAnswer::text).toList());
  }
}
