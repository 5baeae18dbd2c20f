package jp.wlink.web.courses;

import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.course.catalogue.SkillLevel;
import org.junit.jupiter.api.Test;

class SkillTextTest {

  @Test
  void readsIdsSeparatedByCommasReadingMarksOrSpaces() {
    SkillText.Parsed<String> parsed =
        SkillText.ids(" josui.coagulation、josui.filtration ,josui.coagulation  josui.source");

    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.values())
        .containsExactly("josui.coagulation", "josui.filtration", "josui.source");
  }

  @Test
  void namesTheFirstEntryThatIsNotASkillId() {
    SkillText.Parsed<String> parsed = SkillText.ids("josui.source, 凝集");

    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.badEntry()).contains("凝集");
  }

  @Test
  void readsLevelsAfterAColonAndGivesTheDefaultOtherwise() {
    SkillText.Parsed<SkillLevel> parsed = SkillText.levels("josui.a:3, josui.b", 1);

    assertThat(parsed.values())
        .containsExactly(new SkillLevel("josui.a", 3), new SkillLevel("josui.b", 1));
    assertThat(SkillText.formatLevels(parsed.values())).isEqualTo("josui.a:3, josui.b:1");
  }

  @Test
  void refusesALevelOutsideOneToFive() {
    assertThat(SkillText.levels("josui.a:6", 1).badEntry()).contains("josui.a:6");
    assertThat(SkillText.levels("josui.a:", 1).ok()).isFalse();
  }

  @Test
  void anEmptyFieldMeansNoSkills() {
    assertThat(SkillText.ids("  ").values()).isEmpty();
    assertThat(SkillText.levels(null, 2).values()).isEmpty();
  }
}
