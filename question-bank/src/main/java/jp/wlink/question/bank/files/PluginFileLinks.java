package jp.wlink.question.bank.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.wlink.question.content.QuestionContent;
import jp.wlink.question.content.RichText;

/**
 * Points a question's text at the stored images: every {@code @@PLUGINFILE@@/name} reference (the
 * name as written, or URL-encoded as Moodle writes it) in every rich text becomes the file's {@code
 * /files/questions/<sha256>.<ext>} path. References to files not given stay as they are.
 */
public final class PluginFileLinks {
  public static final String PREFIX = "@@PLUGINFILE@@/";

  private PluginFileLinks() {}

  public static QuestionContent rewrite(QuestionContent content, Map<String, StoredFile> byName) {
    if (byName.isEmpty()) {
      return content;
    }
    return ContentTexts.map(content, text -> rewrite(text, byName));
  }

  private static RichText rewrite(RichText text, Map<String, StoredFile> byName) {
    if (!text.text().contains(PREFIX)) {
      return text;
    }
    String changed = text.text();
    for (Map.Entry<String, StoredFile> file : byName.entrySet()) {
      String url = file.getValue().url();
      changed = changed.replace(PREFIX + file.getKey(), url);
      changed = changed.replace(PREFIX + encoded(file.getKey()), url);
    }
    return new RichText(changed, text.format());
  }

  /** Moodle encodes each path segment; spaces become %20, not +. */
  private static String encoded(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
  }
}
