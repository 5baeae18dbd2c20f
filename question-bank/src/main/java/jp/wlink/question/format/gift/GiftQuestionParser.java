package jp.wlink.question.format.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.ImportProblem;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.text.RichTextSanitiser;

/**
 * Reads one GIFT question: {@code ::title::}, a {@code [format]} marker, the stem and the answer
 * block in braces. Text after the block makes it a missing-word question, whose stem shows {@code
 * _____} where the block stood, as Moodle does.
 */
final class GiftQuestionParser {
  static final String BLANK = " _____ ";
  private static final int NAME_LENGTH = 60;
  private static final RichTextSanitiser SANITISER = new RichTextSanitiser();

  private GiftQuestionParser() {}

  static Optional<ImportedQuestion> parse(
      GiftBlocks.Block block, List<String> category, List<ImportProblem> problems) {
    Head head = head(block.text().strip());
    String name = head.title().orElseGet(() -> defaultName(head.rest()));
    GiftContext context = new GiftContext(block.line(), name, head.format(), problems);

    Optional<QuestionContent> content = content(head.rest(), name, context);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    QuestionMetadata metadata =
        QuestionMetadata.inCategory(category)
            .withTags(block.tags())
            .withIdNumber(block.idNumber().orElse(null));
    return Optional.of(new ImportedQuestion(block.line(), content.get(), metadata, List.of()));
  }

  /** The title, the stem's format and the text after both. */
  private record Head(Optional<String> title, TextFormat format, String rest) {}

  private static Head head(String text) {
    Optional<String> title = Optional.empty();
    String rest = text;
    if (text.startsWith("::")) {
      int end = GiftText.indexOf(text, "::", 2);
      if (end > 0) {
        title = Optional.of(GiftText.unescape(text.substring(2, end)));
        rest = text.substring(end + 2).strip();
      }
    }
    Optional<GiftText.Marked> marked = GiftText.marker(rest);
    TextFormat format = marked.map(GiftText.Marked::format).orElse(TextFormat.MOODLE_AUTO);
    return new Head(title, format, marked.map(GiftText.Marked::rest).orElse(rest));
  }

  private static Optional<QuestionContent> content(String text, String name, GiftContext context) {
    int open = GiftText.indexOf(text, "{", 0);
    if (open < 0) {
      return Optional.of(
          build(
              QuestionType.DESCRIPTION,
              name,
              context.rich(text),
              RichText.EMPTY,
              new QuestionBody.Description()));
    }
    int close = GiftText.indexOf(text, "}", open);
    if (close < 0) {
      context.problem("gift.unclosedAnswerBlock");
      return Optional.empty();
    }
    String after = text.substring(close + 1);
    String before = text.substring(0, open);
    String stem = after.isBlank() ? before : before.stripTrailing() + BLANK + after.stripLeading();
    String answers = text.substring(open + 1, close);
    RichText generalFeedback = RichText.EMPTY;
    int general = GiftText.indexOf(answers, "####", 0);
    if (general >= 0) {
      generalFeedback = context.rich(answers.substring(general + 4));
      answers = answers.substring(0, general);
    }
    RichText richStem = context.rich(stem);
    RichText feedback = generalFeedback;
    return GiftBodies.read(answers, context)
        .map(typed -> build(typed.type(), name, richStem, feedback, typed.body()));
  }

  private static QuestionContent build(
      QuestionType type, String name, RichText stem, RichText feedback, QuestionBody body) {
    return new QuestionContent(
        type, name, stem, feedback, RichText.EMPTY, BigDecimal.ONE, defaultPenalty(type), body);
  }

  /** The penalty Moodle gives a question GIFT cannot state one for. */
  static BigDecimal defaultPenalty(QuestionType type) {
    return switch (type) {
      case TRUE_FALSE -> BigDecimal.ONE;
      case ESSAY, DESCRIPTION -> BigDecimal.ZERO;
      default -> new BigDecimal("0.3333333");
    };
  }

  private static String defaultName(String escapedStem) {
    String plain = SANITISER.plainText(GiftText.unescape(escapedStem)).strip();
    int open = plain.indexOf('{');
    String shown = open > 0 ? plain.substring(0, open).strip() : plain;
    return shown.codePointCount(0, shown.length()) <= NAME_LENGTH
        ? shown
        : shown.substring(0, shown.offsetByCodePoints(0, NAME_LENGTH));
  }
}
