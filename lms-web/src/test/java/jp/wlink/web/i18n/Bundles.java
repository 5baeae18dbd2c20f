package jp.wlink.web.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads the message bundles straight from the sources, as UTF-8 like the runtime does. */
final class Bundles {
  static final Path DIRECTORY = Path.of("src/main/resources/jp/wlink/web/i18n");

  private Bundles() {}

  static Properties load(String language) {
    Properties properties = new Properties();
    Path file = DIRECTORY.resolve("messages_" + language + ".properties");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
