package jp.wlink.question.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.wlink.question.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem and loss key the sheet and Aiken formats emit has a text in both bundles. */
class SheetAndAikenMessageKeysTest {
  private static final List<Path> FORMATS =
      List.of(
          Path.of("src/main/java/jp/wlink/question/format/sheet"),
          Path.of("src/main/java/jp/wlink/question/format/aiken"));
  private static final Path BUNDLES = MessageBundles.FROM_ENGINE;
  private static final Pattern PROBLEM =
      Pattern.compile("(?:new BadCell|ImportProblem\\.(?:at|inQuestion))\\([^\"]*?\"([\\w.]+)\"");
  private static final Pattern LOSS =
      Pattern.compile("(?:ExportLoss\\.of\\([^\"]*?|add\\(\\s*keys,\\s*)\"([\\w.]+)\"");

  @Test
  void everyEmittedKeyHasAJapaneseAndAnEnglishText() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path folder : FORMATS) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String source = Files.readString(file, StandardCharsets.UTF_8);
          collect(PROBLEM.matcher(source), ImportProblem.KEY_PREFIX, keys);
          collect(LOSS.matcher(source), ExportLoss.KEY_PREFIX, keys);
        }
      }
    }

    assertThat(keys).hasSizeGreaterThan(45);
    for (String language : new String[] {"ja", "en"}) {
      Properties bundle = MessageBundles.load(BUNDLES, language);
      assertThat(keys).allSatisfy(key -> assertThat(bundle).containsKey(key));
      assertThat(keys)
          .allSatisfy(
              key ->
                  assertThat(
                          new MessageFormat(bundle.getProperty(key), Locale.ROOT)
                              .format(new Object[] {"1", "2", "3"}))
                      .doesNotContainPattern("\\{\\d}"));
    }
  }

  private static void collect(Matcher matcher, String prefix, Set<String> keys) {
    while (matcher.find()) {
      keys.add(prefix + matcher.group(1));
    }
  }
}
