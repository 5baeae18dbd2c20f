package jp.wlink.question.format.moodle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportedQuestion;

/**
 * Turns one {@code <question>} element into an imported question: the fields every type shares,
 * then the type's own mapping. Types the bank cannot hold (such as STACK, which needs a computer
 * algebra system) are refused with the question's name and Moodle's type.
 */
final class MoodleQuestionMapper {
  static final BigDecimal DEFAULT_PENALTY = new BigDecimal("0.3333333");

  private MoodleQuestionMapper() {}

  static Optional<ImportedQuestion> map(
      XmlNode question, List<String> category, List<ImportProblem> problems) {
    MoodleQuestionContext context = new MoodleQuestionContext(question, problems);
    String qtype = question.attribute("type").orElse("");
    Optional<MoodleTypes.Typed> typed = typed(qtype, context);
    if (typed.isEmpty() || context.failed()) {
      return Optional.empty();
    }
    RichText stem = typed.get().stem().orElseGet(() -> context.rich("questiontext"));
    QuestionContent content =
        new QuestionContent(
            typed.get().type(),
            context.name(),
            stem,
            context.rich("generalfeedback"),
            context.rich(MoodleMetadata.EXPLANATION),
            context.decimal("defaultgrade", BigDecimal.ONE),
            penalty(context),
            typed.get().body());
    QuestionMetadata metadata = MoodleMetadata.read(question, category);
    return Optional.of(
        new ImportedQuestion(question.line(), content, metadata, MoodleFiles.read(context)));
  }

  private static Optional<MoodleTypes.Typed> typed(String qtype, MoodleQuestionContext context) {
    return switch (qtype) {
      case "multichoice" -> Optional.of(MoodleTypes.multichoice(context));
      case "truefalse" -> Optional.of(MoodleTypes.trueFalse(context));
      case "shortanswer" -> Optional.of(MoodleTypes.shortAnswer(context));
      case "numerical" -> Optional.of(MoodleTypes.numerical(context));
      case "matching", "match" -> Optional.of(MoodleTypes.matching(context));
      case "ordering" -> Optional.of(MoodleTypes.ordering(context));
      case "essay" -> Optional.of(MoodleTypes.essay(context));
      case "description" ->
          Optional.of(
              new MoodleTypes.Typed(QuestionType.DESCRIPTION, new QuestionBody.Description()));
      case "cloze", "multianswer", "gapselect", "ddwtos", "mtf" ->
          gapped(qtype, context)
              .map(g -> new MoodleTypes.Typed(QuestionType.CLOZE, g.body(), Optional.of(g.stem())));
      default -> {
        context.problem("unsupportedType", qtype);
        yield Optional.empty();
      }
    };
  }

  private static Optional<MoodleGapTypes.Gapped> gapped(
      String qtype, MoodleQuestionContext context) {
    return switch (qtype) {
      case "gapselect" -> MoodleGapTypes.choiceGaps(context, "selectoption");
      case "ddwtos" -> MoodleGapTypes.choiceGaps(context, "dragbox");
      case "mtf" -> MoodleGapTypes.multipleTrueFalse(context);
      default -> MoodleGapTypes.cloze(context);
    };
  }

  private static BigDecimal penalty(MoodleQuestionContext context) {
    BigDecimal penalty = context.decimal("penalty", DEFAULT_PENALTY);
    return penalty.signum() < 0 || penalty.compareTo(BigDecimal.ONE) > 0
        ? DEFAULT_PENALTY
        : penalty;
  }
}
