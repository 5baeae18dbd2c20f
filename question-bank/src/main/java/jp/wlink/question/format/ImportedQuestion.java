package jp.wlink.question.format;

import java.util.List;
import java.util.Objects;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;

/** One question read from a file, with the line (or spreadsheet row) where it starts. */
public record ImportedQuestion(
    int line, QuestionContent content, QuestionMetadata metadata, List<EmbeddedFile> files) {
  public ImportedQuestion {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(metadata, "metadata");
    files = List.copyOf(files);
  }
}
