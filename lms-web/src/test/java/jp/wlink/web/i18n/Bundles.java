package jp.wlink.web.i18n;

import java.nio.file.Path;
import java.util.Properties;
import jp.wlink.question.testing.MessageBundles;

/** The message bundles of this module, read straight from the sources as UTF-8. */
public final class Bundles {
  static final Path DIRECTORY = Path.of("src/main/resources/jp/wlink/web/i18n");

  private Bundles() {}

  public static Properties load(String language) {
    return MessageBundles.load(DIRECTORY, language);
  }
}
