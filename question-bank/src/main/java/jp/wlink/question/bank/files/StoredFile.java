package jp.wlink.question.bank.files;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An image in the bank's file store, named by the SHA-256 of its bytes: the same image is stored
 * once however many questions show it, and a name can never point at changed bytes.
 */
public record StoredFile(String sha256, ImageType type) {
  /** Where the web layer serves the bank's files; question text links to them under it. */
  public static final String URL_PREFIX = "/files/questions/";

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public StoredFile {
    Objects.requireNonNull(type, "type");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a lower-case SHA-256: " + sha256);
    }
  }

  /** The file's name in the store, e.g. {@code 3a7b...e1.png}. */
  public String fileName() {
    return sha256 + "." + type.extension();
  }

  /** The path question text links to. */
  public String url() {
    return URL_PREFIX + fileName();
  }
}
