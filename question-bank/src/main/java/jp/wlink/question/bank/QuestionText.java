package jp.wlink.question.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import jp.wlink.question.content.QuestionContent;

/**
 * The two derived texts the bank keeps beside a question: the folded search text (name, stem,
 * answers, explanation, tags), and the duplicate fingerprint, a SHA-256 over the type, the folded
 * stem and the answers with their marks. Two questions that differ only in width, kana, case,
 * spacing, markup or option order share a fingerprint.
 */
public final class QuestionText {
  private QuestionText() {}

  public static String searchText(QuestionContent content, List<String> tags) {
    StringJoiner text = new StringJoiner(" ");
    text.add(content.name()).add(RichTexts.plain(content.stem()));
    for (BodyTexts.Answer answer : BodyTexts.answers(content.body())) {
      text.add(answer.text());
    }
    text.add(RichTexts.plain(content.explanation()));
    tags.forEach(text::add);
    return SearchFolding.fold(text.toString());
  }

  public static String fingerprint(QuestionContent content) {
    StringBuilder canonical = new StringBuilder(content.type().name());
    canonical.append('\n').append(SearchFolding.fold(RichTexts.plain(content.stem())));
    for (BodyTexts.Answer answer : BodyTexts.answers(content.body())) {
      canonical.append('\n').append(SearchFolding.fold(answer.text()));
      canonical.append('\t').append(answer.mark());
    }
    return sha256(canonical.toString());
  }

  /** The folded words of a search query, empty for a blank query. */
  public static List<String> searchWords(String query) {
    String folded = SearchFolding.fold(query == null ? "" : query);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
