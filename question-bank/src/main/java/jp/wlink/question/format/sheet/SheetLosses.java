package jp.wlink.question.format.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.wlink.question.content.AcceptedAnswer;
import jp.wlink.question.content.MatchPair;
import jp.wlink.question.content.NumericAnswer;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;
import jp.wlink.question.content.TextFormat;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;

/**
 * What a question sheet cannot carry, found before writing: text formats other than HTML and plain,
 * embedded files, values holding a separator of their list, and (xlsx) cells longer than Excel
 * allows.
 */
final class SheetLosses {
  /** Excel's limit on the characters in one cell. */
  static final int EXCEL_CELL_LIMIT = 32_767;

  private SheetLosses() {}

  static List<ExportLoss> of(
      ExportedQuestion question, Map<ColumnRef, String> cells, SheetTexts texts, boolean excel) {
    String name = question.content().name();
    List<ExportLoss> losses = new ArrayList<>();
    richTexts(question.content())
        .map(RichText::format)
        .filter(f -> f == TextFormat.MARKDOWN || f == TextFormat.MOODLE_AUTO)
        .findFirst()
        .ifPresent(f -> losses.add(ExportLoss.of(name, "sheet.textFormat", f.name())));
    if (!question.files().isEmpty()) {
      losses.add(ExportLoss.of(name, "sheet.files", String.valueOf(question.files().size())));
    }
    separators(question, losses);
    if (excel) {
      cells.forEach(
          (ref, value) -> {
            if (value.length() > EXCEL_CELL_LIMIT) {
              losses.add(ExportLoss.of(name, "sheet.cellTooLong", texts.header(ref)));
            }
          });
    }
    return losses;
  }

  private static void separators(ExportedQuestion question, List<ExportLoss> losses) {
    String name = question.content().name();
    question.metadata().categoryPath().stream()
        .filter(c -> MetadataReader.CATEGORY_SEPARATOR.matcher(c).find())
        .forEach(c -> losses.add(ExportLoss.of(name, "sheet.categorySeparator", c)));
    Stream.concat(question.metadata().tags().stream(), question.metadata().skills().stream())
        .filter(t -> MetadataReader.LIST_SEPARATOR.matcher(t).find())
        .forEach(t -> losses.add(ExportLoss.of(name, "sheet.listSeparator", t)));
    if (question.content().body() instanceof QuestionBody.Matching matching) {
      matching.pairs().stream()
          .map(MatchPair::answer)
          .filter(a -> a.contains("→") || a.contains("=>"))
          .forEach(a -> losses.add(ExportLoss.of(name, "sheet.matchArrow", a)));
    }
  }

  private static Stream<RichText> richTexts(QuestionContent content) {
    Stream<RichText> common =
        Stream.of(content.stem(), content.generalFeedback(), content.explanation());
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices c) {
      return Stream.concat(
          common, c.choices().stream().flatMap(ch -> Stream.of(ch.text(), ch.feedback())));
    } else if (body instanceof QuestionBody.TrueFalse t) {
      return Stream.concat(common, Stream.of(t.feedbackWhenTrue(), t.feedbackWhenFalse()));
    } else if (body instanceof QuestionBody.ShortAnswer s) {
      return Stream.concat(common, s.answers().stream().map(AcceptedAnswer::feedback));
    } else if (body instanceof QuestionBody.Numerical n) {
      return Stream.concat(common, n.answers().stream().map(NumericAnswer::feedback));
    } else if (body instanceof QuestionBody.Matching m) {
      return Stream.concat(common, m.pairs().stream().map(MatchPair::prompt));
    } else if (body instanceof QuestionBody.Ordering o) {
      return Stream.concat(common, o.items().stream());
    } else if (body instanceof QuestionBody.Essay e) {
      return Stream.concat(common, Stream.of(e.responseTemplate(), e.graderInfo()));
    }
    return common;
  }
}
