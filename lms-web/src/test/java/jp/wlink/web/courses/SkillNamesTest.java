package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SkillNamesTest {
  private static final Path DEMO_QUESTIONS =
      Path.of("src/main/resources/jp/wlink/web/demo/questions");
  private static final Pattern SKILL_TAG = Pattern.compile("<tag><text>skill-([^<]+)</text>");

  private final SkillNames names = new SkillNames();

  @Test
  void namesASkillInJapaneseAndInEnglish() {
    assertThat(names.name(Locale.JAPANESE, "josui.coagulation")).isEqualTo("凝集");
    assertThat(names.name(Locale.ENGLISH, "josui.coagulation")).isEqualTo("Coagulation");
  }

  @Test
  void showsTheIdOfASkillThatHasNoNameYet() {
    assertThat(names.name(Locale.JAPANESE, "josui.new-topic")).isEqualTo("josui.new-topic");
  }

  @Test
  void namesTheSkillsInAReasonAndLeavesItsNumbersAlone() {
    Object[] named = names.named(Locale.JAPANESE, List.of("josui.filtration", 78L));

    assertThat(named).containsExactly("ろ過", 78L);
  }

  @Test
  void everySkillHasANameInBothLanguages() {
    assertThat(ResourceBundle.getBundle(SkillNames.BUNDLE, Locale.ENGLISH).keySet())
        .containsExactlyInAnyOrderElementsOf(
            ResourceBundle.getBundle(SkillNames.BUNDLE, Locale.JAPANESE).keySet());
  }

  @Test
  void everySkillOfTheDemoQuestionsAndCourseHasAName() throws IOException {
    Set<String> unnamed = new TreeSet<>();
    for (String skill : demoSkills()) {
      if (names.name(Locale.JAPANESE, skill).equals(skill)
          || names.name(Locale.ENGLISH, skill).equals(skill)) {
        unnamed.add(skill);
      }
    }
    assertThat(unnamed).as("skills shown by their id").isEmpty();
  }

  private static Set<String> demoSkills() throws IOException {
    Set<String> skills = new TreeSet<>();
    try (Stream<Path> files = Files.list(DEMO_QUESTIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        Matcher tag = SKILL_TAG.matcher(Files.readString(file));
        while (tag.find()) {
          skills.add(tag.group(1));
        }
      }
    }
    return skills;
  }
}
