package jp.wlink.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern CODE_KEY =
      Pattern.compile(
          "messages\\.(?:error|info|warn|text)\\((?:[^;\"]*?,\\s*)?\"([a-z][\\w.-]*)\"");
  private static final Pattern JAPANESE =
      Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

  private final Properties japanese = Bundles.load("ja");
  private final Properties english = Bundles.load("en");

  @Test
  void everyJapaneseKeyHasAnEnglishTextAndTheOtherWayRound() {
    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(japanese.stringPropertyNames());
  }

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (String language : List.of("ja", "en")) {
      Path file = Bundles.DIRECTORY.resolve("messages_" + language + ".properties");
      Map<String, Long> counts =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(line -> line.contains("=") && !line.startsWith("#"))
              .map(line -> line.substring(0, line.indexOf('=')).strip())
              .collect(Collectors.groupingBy(key -> key, TreeMap::new, Collectors.counting()));
      counts.values().removeIf(count -> count == 1);
      assertThat(counts).as("keys written twice in " + file.getFileName()).isEmpty();
    }
  }

  @Test
  void noTextIsEmpty() {
    assertThat(japanese.stringPropertyNames())
        .allSatisfy(k -> assertThat(japanese.getProperty(k)).isNotBlank());
    assertThat(english.stringPropertyNames())
        .allSatisfy(k -> assertThat(english.getProperty(k)).isNotBlank());
  }

  @Test
  void englishTextsAreNotLeftInJapanese() {
    Set<String> untranslated = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (!key.startsWith("lang.") && JAPANESE.matcher(english.getProperty(key)).find()) {
        untranslated.add(key);
      }
    }
    assertThat(untranslated).as("English texts that contain Japanese").isEmpty();
  }

  @Test
  void examTextsAreNotLeftInEnglishInJapanese() {
    Set<String> untranslated = new TreeSet<>();
    for (String key : japanese.stringPropertyNames()) {
      String text = japanese.getProperty(key);
      boolean exam = key.startsWith("exam.") || key.startsWith("blueprint.");
      if (exam && ENGLISH_WORD.matcher(text).find() && !JAPANESE.matcher(text).find()) {
        untranslated.add(key);
      }
    }
    assertThat(untranslated).as("exam texts in Japanese that are still English").isEmpty();
  }

  @Test
  void everyKeyUsedInPagesAndCodeExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (Path file : sources()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Pattern pattern = file.toString().endsWith(".java") ? CODE_KEY : PAGE_KEY;
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        if (!exists(matcher.group(1))) {
          missing.add(file.getFileName() + ": " + matcher.group(1));
        }
      }
    }
    assertThat(missing).as("keys used but missing from the bundles").isEmpty();
  }

  /** A key, or a prefix that code completes at run time (ending in a dot) with known keys. */
  private boolean exists(String key) {
    if (key.endsWith(".")) {
      return japanese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key));
    }
    return japanese.containsKey(key);
  }

  private static Set<Path> sources() throws IOException {
    Set<Path> files = new TreeSet<>();
    for (String root : new String[] {"src/main/webapp", "src/main/java"}) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".java"))
            .forEach(files::add);
      }
    }
    return files;
  }
}
