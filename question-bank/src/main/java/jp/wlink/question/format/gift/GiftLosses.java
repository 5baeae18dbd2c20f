package jp.wlink.question.format.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.question.content.QuestionBody;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.content.QuestionType;
import jp.wlink.question.format.ExportLoss;
import jp.wlink.question.format.ExportedQuestion;

/** What GIFT cannot say about a question, so the exporter can tell the user before the download. */
final class GiftLosses {
  private GiftLosses() {}

  /** Types GIFT has no syntax for; such questions are left out of the file. */
  static boolean writable(QuestionType type) {
    return type != QuestionType.ORDERING && type != QuestionType.CLOZE;
  }

  static List<ExportLoss> of(ExportedQuestion question) {
    QuestionContent content = question.content();
    String name = content.name();
    List<ExportLoss> losses = new ArrayList<>();
    if (!writable(content.type())) {
      losses.add(ExportLoss.of(name, "gift.typeNotSupported", content.type().name()));
      return losses;
    }
    if (!content.explanation().isEmpty()) {
      losses.add(ExportLoss.of(name, "gift.explanation"));
    }
    if (content.defaultMark().compareTo(BigDecimal.ONE) != 0) {
      losses.add(ExportLoss.of(name, "gift.defaultMark", content.defaultMark().toPlainString()));
    }
    if (content.penalty().compareTo(GiftQuestionParser.defaultPenalty(content.type())) != 0) {
      losses.add(ExportLoss.of(name, "gift.penalty", content.penalty().toPlainString()));
    }
    if (content.type() == QuestionType.DESCRIPTION && !content.generalFeedback().isEmpty()) {
      losses.add(ExportLoss.of(name, "gift.descriptionFeedback"));
    }
    if (!question.files().isEmpty()) {
      losses.add(ExportLoss.of(name, "gift.files", String.valueOf(question.files().size())));
    }
    body(name, content, losses);
    if (hasMetadataBeyondTags(question.metadata())) {
      losses.add(ExportLoss.of(name, "gift.metadata"));
    }
    return losses;
  }

  private static void body(String name, QuestionContent content, List<ExportLoss> losses) {
    QuestionBody body = content.body();
    if (body instanceof QuestionBody.Choices choices) {
      if (!choices.shuffle()) {
        losses.add(ExportLoss.of(name, "gift.shuffle"));
      }
      boolean full = choices.choices().stream().anyMatch(c -> c.fraction() == 1);
      if (content.type() == QuestionType.SINGLE_CHOICE && !full) {
        losses.add(ExportLoss.of(name, "gift.noFullMarkChoice"));
      }
    } else if (body instanceof QuestionBody.Matching matching && !matching.shuffle()) {
      losses.add(ExportLoss.of(name, "gift.shuffle"));
    } else if (body instanceof QuestionBody.ShortAnswer answers && answers.caseSensitive()) {
      losses.add(ExportLoss.of(name, "gift.caseSensitive"));
    } else if (body instanceof QuestionBody.Numerical numerical
        && (!numerical.units().isEmpty() || numerical.unitRequired())) {
      losses.add(ExportLoss.of(name, "gift.units"));
    } else if (body instanceof QuestionBody.Essay essay
        && (!essay.responseTemplate().isEmpty()
            || !essay.graderInfo().isEmpty()
            || essay.responseLines() != GiftBodies.ESSAY_LINES)) {
      losses.add(ExportLoss.of(name, "gift.essayOptions"));
    }
  }

  private static boolean hasMetadataBeyondTags(QuestionMetadata metadata) {
    return metadata.certification().isPresent()
        || metadata.subject().isPresent()
        || !metadata.skills().isEmpty()
        || metadata.level() != QuestionMetadata.DEFAULT_LEVEL
        || metadata.source().isPresent()
        || metadata.year().isPresent()
        || metadata.author().isPresent()
        || metadata.licence().isPresent()
        || metadata.status() != QuestionStatus.DRAFT;
  }
}
