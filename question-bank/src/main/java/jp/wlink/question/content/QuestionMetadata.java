package jp.wlink.question.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bank knows about a question besides its content. {@code categoryPath} runs from the top
 * category down ({@code ["下水道技術検定", "第3種", "法規"]}); {@code certification} and {@code subject} name
 * a blueprint and one of its subjects; {@code skills} are the course engine's skill ids; {@code
 * level} runs from 1 (初級) to 5 (上級); {@code idNumber} is the file's own id, if any.
 */
public record QuestionMetadata(
    List<String> categoryPath,
    List<String> tags,
    Optional<String> certification,
    Optional<String> subject,
    List<String> skills,
    int level,
    Optional<String> source,
    Optional<Integer> year,
    Optional<String> author,
    Optional<String> licence,
    QuestionStatus status,
    Optional<String> idNumber) {

  public static final int DEFAULT_LEVEL = 1;

  public QuestionMetadata {
    categoryPath = List.copyOf(categoryPath);
    tags = List.copyOf(tags);
    skills = List.copyOf(skills);
    Objects.requireNonNull(certification);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(source);
    Objects.requireNonNull(year);
    Objects.requireNonNull(author);
    Objects.requireNonNull(licence);
    Objects.requireNonNull(status);
    Objects.requireNonNull(idNumber);
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("level must lie in 1..5: " + level);
    }
  }

  /** A draft at level 1 in the given category with nothing else known, as most imports start. */
  public static QuestionMetadata inCategory(List<String> categoryPath) {
    return new QuestionMetadata(
        categoryPath,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        DEFAULT_LEVEL,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        QuestionStatus.DRAFT,
        Optional.empty());
  }

  public QuestionMetadata withTags(List<String> newTags) {
    return new QuestionMetadata(
        categoryPath,
        newTags,
        certification,
        subject,
        skills,
        level,
        source,
        year,
        author,
        licence,
        status,
        idNumber);
  }

  public QuestionMetadata withIdNumber(String newIdNumber) {
    return new QuestionMetadata(
        categoryPath,
        tags,
        certification,
        subject,
        skills,
        level,
        source,
        year,
        author,
        licence,
        status,
        Optional.ofNullable(newIdNumber));
  }
}
