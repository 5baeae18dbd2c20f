package jp.wlink.question.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a GIFT file into the pieces Moodle sees: questions are separated by blank lines, lines
 * starting with {@code //} are comments, and {@code // [id:..] [tag:..]} comments give the next
 * question its id number and tags.
 */
final class GiftBlocks {
  private static final Pattern ID = Pattern.compile("\\[id:([^\\]]*)\\]");
  private static final Pattern TAG = Pattern.compile("\\[tag:([^\\]]*)\\]");

  private GiftBlocks() {}

  /** A question's text (comments removed) with its first line and the metadata comments before. */
  record Block(int line, String text, Optional<String> idNumber, List<String> tags) {}

  static List<Block> split(String file) {
    String[] lines = file.split("\r\n|\r|\n", -1);
    List<Block> blocks = new ArrayList<>();
    Pending pending = new Pending();
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].trim();
      if (trimmed.startsWith("//")) {
        pending.comment(trimmed);
      } else if (trimmed.isEmpty()) {
        pending.finish(blocks);
      } else {
        pending.add(i + 1, lines[i]);
      }
    }
    pending.finish(blocks);
    return blocks;
  }

  /** The block being collected. */
  private static final class Pending {
    private final StringBuilder text = new StringBuilder();
    private int line;
    private String idNumber;
    private final List<String> tags = new ArrayList<>();

    void comment(String comment) {
      Matcher id = ID.matcher(comment);
      if (id.find()) {
        idNumber = id.group(1).trim();
      }
      Matcher tag = TAG.matcher(comment);
      while (tag.find()) {
        tags.add(tag.group(1).trim());
      }
    }

    void add(int lineNumber, String content) {
      if (text.isEmpty()) {
        line = lineNumber;
      } else {
        text.append('\n');
      }
      text.append(content);
    }

    void finish(List<Block> blocks) {
      if (!text.isEmpty()) {
        blocks.add(
            new Block(line, text.toString(), Optional.ofNullable(idNumber), List.copyOf(tags)));
        idNumber = null;
        tags.clear();
      }
      text.setLength(0);
    }
  }
}
