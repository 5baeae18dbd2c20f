package jp.wlink.question.format;

import java.util.List;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;

/** A question on its way out, with the files its text refers to as {@code @@PLUGINFILE@@}. */
public record ExportedQuestion(
    QuestionContent content, QuestionMetadata metadata, List<EmbeddedFile> files) {
  public ExportedQuestion {
    files = List.copyOf(files);
  }
}
