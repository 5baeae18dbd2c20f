package jp.wlink.question.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.wlink.question.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every message key the GIFT and Moodle XML code emits is in both of the web's bundles. */
class FormatMessageKeysTest {
  private static final Path SOURCES = Path.of("src/main/java/jp/wlink/question/format");
  private static final Path BUNDLES = MessageBundles.FROM_ENGINE;
  private static final Pattern KEY =
      Pattern.compile(
          "\"((?:gift|xml|cloze|moodle)\\.[a-zA-Z]+|tooLarge|tooManyQuestions"
              + "|unsupportedType)\"");

  @Test
  void bothBundlesHoldEveryEmittedKey() throws IOException {
    Set<String> emitted = emittedKeys();

    assertThat(emitted).hasSizeGreaterThan(30);
    for (String bundle : List.of("ja", "en")) {
      Properties properties = MessageBundles.load(BUNDLES, bundle);
      for (String key : emitted) {
        String full =
            key.startsWith("moodle.") || key.startsWith("gift.") && isLoss(key)
                ? ExportLoss.KEY_PREFIX + key
                : ImportProblem.KEY_PREFIX + key;
        assertThat(properties).as(bundle).containsKey(full);
      }
    }
  }

  private static boolean isLoss(String key) {
    return !Set.of(
            "gift.unclosedAnswerBlock",
            "gift.invalidWeight",
            "gift.invalidNumber",
            "gift.matchWithoutArrow",
            "gift.noAnswer")
        .contains(key);
  }

  private static Set<String> emittedKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    return keys;
  }
}
