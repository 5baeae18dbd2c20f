package jp.wlink.question.format.aiken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.wlink.question.content.Choice;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.ExportedQuestion;

/**
 * What a single-choice question loses in Aiken, as keys under {@code question.export.loss.aiken.}:
 * everything the reader would not give back.
 */
final class AikenLosses {
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!][^>]*>");

  private AikenLosses() {}

  static List<String> of(ExportedQuestion question) {
    QuestionContent content = question.content();
    QuestionBody.Choices body = (QuestionBody.Choices) content.body();
    List<String> keys = new ArrayList<>();
    add(keys, "aiken.feedback", !content.generalFeedback().isEmpty() || anyFeedback(body));
    add(keys, "aiken.explanation", !content.explanation().isEmpty());
    add(keys, "aiken.partialCredit", body.choices().stream().anyMatch(AikenLosses::partial));
    add(keys, "aiken.formatting", formatted(content, body));
    add(
        keys,
        "aiken.name",
        !content.name().equals(AikenReader.name(AikenWriter.text(content.stem()))));
    add(
        keys,
        "aiken.marks",
        content.defaultMark().compareTo(BigDecimal.ONE) != 0
            || content.penalty().compareTo(AikenReader.PENALTY) != 0);
    add(keys, "aiken.shuffle", !body.shuffle());
    add(
        keys,
        "aiken.metadata",
        !question.metadata().equals(QuestionMetadata.inCategory(List.of())));
    add(keys, "aiken.files", !question.files().isEmpty());
    return keys;
  }

  private static void add(List<String> keys, String key, boolean lost) {
    if (lost) {
      keys.add(key);
    }
  }

  private static boolean anyFeedback(QuestionBody.Choices body) {
    return body.choices().stream().anyMatch(c -> !c.feedback().isEmpty());
  }

  private static boolean partial(Choice choice) {
    return choice.fraction() != 0.0 && choice.fraction() != 1.0;
  }

  /** Markup, another text format, or line structure Aiken's lines cannot hold. */
  private static boolean formatted(QuestionContent content, QuestionBody.Choices body) {
    Stream<RichText> texts =
        Stream.concat(Stream.of(content.stem()), body.choices().stream().map(Choice::text));
    boolean markup =
        texts.anyMatch(
            t ->
                t.format() != TextFormat.PLAIN && !(t.format() == TextFormat.HTML && plainHtml(t)));
    boolean lineBreaks =
        body.choices().stream().anyMatch(c -> c.text().text().contains("\n"))
            || content.stem().text().contains("\n\n")
            || !content.stem().text().equals(content.stem().text().strip())
            || content.stem().text().lines().anyMatch(AikenLosses::looksLikeMarker);
    return markup || lineBreaks;
  }

  private static boolean looksLikeMarker(String line) {
    return AikenReader.option(line).matches() || AikenReader.answer(line).matches();
  }

  private static boolean plainHtml(RichText text) {
    return !MARKUP.matcher(text.text()).find() && !text.text().contains("&");
  }
}
