package jp.wlink.question.testing;

import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;

/** Metadata for stored sample questions: a bare draft in a category, or a published one. */
public final class SampleMetadata {
  private SampleMetadata() {}

  /** A draft in the category {@code path} with the given tags and nothing else. */
  public static QuestionMetadata draft(List<String> path, String... tags) {
    return QuestionMetadata.inCategory(path).withTags(List.of(tags));
  }

  /** A published question using every field the search filters on. */
  public static QuestionMetadata published(
      List<String> path, String certification, String subject, int level, String skill) {
    return new QuestionMetadata(
        path,
        List.of("tag-" + certification),
        Optional.of(certification),
        Optional.of(subject),
        List.of(skill),
        level,
        Optional.of("過去問 令和5年"),
        Optional.of(2023),
        Optional.of("髙橋"),
        Optional.of("CC BY 4.0"),
        QuestionStatus.PUBLISHED,
        Optional.empty());
  }
}
