package jp.wlink.question.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Reads the web's message bundles straight from the sources, as UTF-8 like the runtime does, for
 * the tests that check every key the code emits has a text in both languages.
 */
public final class MessageBundles {
  /** Where the bundles are, seen from the question-bank module. */
  public static final Path FROM_ENGINE = Path.of("../lms-web/src/main/resources/jp/wlink/web/i18n");

  private MessageBundles() {}

  /** The bundle {@code messages_<language>.properties} in {@code directory}. */
  public static Properties load(Path directory, String language) {
    Properties properties = new Properties();
    Path file = directory.resolve("messages_" + language + ".properties");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
