package jp.wlink.question.format;

import java.util.Objects;

/**
 * A file that came inside a question file (Moodle XML carries images as base64). Text refers to it
 * as {@code @@PLUGINFILE@@/name}; the bank stores the bytes and rewrites the reference.
 */
public record EmbeddedFile(String name, byte[] bytes) {
  public EmbeddedFile {
    Objects.requireNonNull(name, "name");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }
}
