package jp.wlink.question.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.wlink.question.content.QuestionMetadata;

/**
 * The column widths the bank's metadata must fit. Imports check them in the preview, so that a long
 * value is reported with its question instead of failing the whole commit.
 */
public final class MetadataLimits {
  public static final int NAME = 255;
  public static final int CERTIFICATION = 200;
  public static final int SUBJECT = 200;
  public static final int SOURCE = 500;
  public static final int AUTHOR = 200;
  public static final int LICENCE = 200;
  public static final int ID_NUMBER = 100;
  public static final int TAG = 100;
  public static final int SKILL = 100;

  /** The names {@link Excess#field()} takes; each has a message key under {@code tooLong.}. */
  public static final List<String> FIELDS =
      List.of(
          "certification",
          "subject",
          "source",
          "author",
          "licence",
          "idnumber",
          "tag",
          "skill",
          "category");

  private MetadataLimits() {}

  /** A problem per field that is too long: the field's name and its limit. */
  public record Excess(String field, int limit) {}

  public static List<Excess> excesses(QuestionMetadata metadata) {
    List<Excess> found = new ArrayList<>();
    over(found, "certification", metadata.certification(), CERTIFICATION);
    over(found, "subject", metadata.subject(), SUBJECT);
    over(found, "source", metadata.source(), SOURCE);
    over(found, "author", metadata.author(), AUTHOR);
    over(found, "licence", metadata.licence(), LICENCE);
    over(found, "idnumber", metadata.idNumber(), ID_NUMBER);
    metadata.tags().forEach(tag -> over(found, "tag", Optional.of(tag), TAG));
    metadata.skills().forEach(skill -> over(found, "skill", Optional.of(skill), SKILL));
    metadata
        .categoryPath()
        .forEach(name -> over(found, "category", Optional.of(name), Category.MAX_NAME));
    return found.stream().distinct().toList();
  }

  static void check(QuestionMetadata metadata) {
    List<Excess> found = excesses(metadata);
    if (!found.isEmpty()) {
      throw new IllegalArgumentException("metadata too long: " + found);
    }
  }

  static String cut(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end);
  }

  private static void over(List<Excess> found, String field, Optional<String> value, int limit) {
    if (value.isPresent() && value.get().strip().length() > limit) {
      found.add(new Excess(field, limit));
    }
  }
}
