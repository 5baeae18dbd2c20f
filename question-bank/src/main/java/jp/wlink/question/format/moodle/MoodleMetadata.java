package jp.wlink.question.format.moodle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.wlink.question.content.QuestionMetadata;
import jp.wlink.question.content.QuestionStatus;

/**
 * Where the bank's metadata lives in Moodle XML: tags are {@code <tags>}, the id number is {@code
 * <idnumber>}, and what Moodle has no field for travels as tags prefixed {@code wlink:} ({@code
 * wlink:level=3}, {@code wlink:skill=...}), which Moodle keeps as ordinary tags. The explanation
 * (解説) is an {@code <explanation>} element, which Moodle ignores on import.
 */
final class MoodleMetadata {
  static final String EXPLANATION = "explanation";
  static final String PREFIX = "wlink:";

  private MoodleMetadata() {}

  static QuestionMetadata read(XmlNode question, List<String> category) {
    List<String> tags = new ArrayList<>();
    List<String> skills = new ArrayList<>();
    Map<String, String> fields = new HashMap<>();
    for (String text : tagTexts(question)) {
      int equals = text.indexOf('=');
      if (!text.startsWith(PREFIX) || equals < 0) {
        tags.add(text);
      } else if (text.startsWith(PREFIX + "skill=")) {
        skills.add(text.substring(equals + 1));
      } else {
        fields.put(text.substring(PREFIX.length(), equals), text.substring(equals + 1));
      }
    }
    Optional<String> idNumber = question.at("idnumber").filter(id -> !id.isEmpty());
    return new QuestionMetadata(
        category,
        tags,
        Optional.ofNullable(fields.get("certification")),
        Optional.ofNullable(fields.get("subject")),
        skills,
        level(fields.get("level")),
        Optional.ofNullable(fields.get("source")),
        Optional.ofNullable(fields.get("year")).flatMap(MoodleMetadata::integer),
        Optional.ofNullable(fields.get("author")),
        Optional.ofNullable(fields.get("licence")),
        status(fields.get("status")),
        idNumber);
  }

  private static List<String> tagTexts(XmlNode question) {
    return question.child("tags").map(t -> t.all("tag")).orElse(List.of()).stream()
        .map(XmlNode::textChild)
        .toList();
  }

  /** The tags that carry the metadata, in the order the reader expects nothing of. */
  static List<String> tags(QuestionMetadata metadata) {
    List<String> tags = new ArrayList<>(metadata.tags());
    metadata.certification().ifPresent(c -> tags.add(PREFIX + "certification=" + c));
    metadata.subject().ifPresent(s -> tags.add(PREFIX + "subject=" + s));
    metadata.skills().forEach(s -> tags.add(PREFIX + "skill=" + s));
    if (metadata.level() != QuestionMetadata.DEFAULT_LEVEL) {
      tags.add(PREFIX + "level=" + metadata.level());
    }
    metadata.source().ifPresent(s -> tags.add(PREFIX + "source=" + s));
    metadata.year().ifPresent(y -> tags.add(PREFIX + "year=" + y));
    metadata.author().ifPresent(a -> tags.add(PREFIX + "author=" + a));
    metadata.licence().ifPresent(l -> tags.add(PREFIX + "licence=" + l));
    if (metadata.status() != QuestionStatus.DRAFT) {
      tags.add(PREFIX + "status=" + metadata.status().name());
    }
    return tags;
  }

  private static int level(String text) {
    return integer(text).filter(l -> l >= 1 && l <= 5).orElse(QuestionMetadata.DEFAULT_LEVEL);
  }

  private static QuestionStatus status(String text) {
    for (QuestionStatus status : QuestionStatus.values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    return QuestionStatus.DRAFT;
  }

  private static Optional<Integer> integer(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
