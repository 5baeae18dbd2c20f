package jp.wlink.web.questions;

import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.QuestionMetadata;

/**
 * What the editor's form makes: the content and metadata to save, or the problems that stop it. The
 * content alone may exist while the metadata has problems, so the preview still shows.
 */
public record QuestionDraft(
    Optional<QuestionContent> content,
    Optional<QuestionMetadata> metadata,
    List<FormProblem> problems) {
  public QuestionDraft {
    problems = List.copyOf(problems);
  }

  public boolean savable() {
    return problems.isEmpty() && content.isPresent() && metadata.isPresent();
  }
}
