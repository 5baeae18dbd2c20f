package jp.wlink.question.format.moodle;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.wlink.question.format.EmbeddedFile;

/**
 * The base64 {@code <file>} elements a Moodle question carries beside its texts, which refer to
 * them as {@code @@PLUGINFILE@@/name}. A name used twice keeps its first file.
 */
final class MoodleFiles {
  private MoodleFiles() {}

  static List<EmbeddedFile> read(MoodleQuestionContext context) {
    List<XmlNode> nodes = new ArrayList<>();
    context.question().descendants("file", nodes);
    Map<String, EmbeddedFile> files = new LinkedHashMap<>();
    for (XmlNode node : nodes) {
      String name = node.attribute("name").orElse("");
      if (name.isEmpty() || files.containsKey(name)) {
        continue;
      }
      try {
        byte[] bytes = Base64.getMimeDecoder().decode(node.text().strip());
        files.put(name, new EmbeddedFile(name, bytes));
      } catch (IllegalArgumentException e) {
        context.problem("xml.invalidFile", name);
      }
    }
    return List.copyOf(files.values());
  }
}
