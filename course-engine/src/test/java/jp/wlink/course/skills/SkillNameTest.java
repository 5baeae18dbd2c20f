package jp.wlink.course.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillNameTest {
  @Test
  void acceptsAJapaneseNameWithoutAnEnglishOne() {
    SkillName name = new SkillName(" DPD法 ", "  ");

    assertThat(name.problems()).isEmpty();
    assertThat(name.japanese()).isEqualTo("DPD法");
    assertThat(name.english()).isNull();
    assertThat(name.inEnglish()).isEqualTo("DPD法");
  }

  @Test
  void requiresAJapaneseName() {
    assertThat(new SkillName("  ", "DPD method").problems())
        .containsExactly(SkillProblem.NAME_JA_REQUIRED);
    assertThat(new SkillName(null, null).problems()).containsExactly(SkillProblem.NAME_JA_REQUIRED);
  }

  @Test
  void refusesNamesLongerThanAHundredCharacters() {
    String long101 = "水".repeat(101);

    assertThat(new SkillName("水".repeat(100), "w".repeat(100)).problems()).isEmpty();
    assertThat(new SkillName(long101, long101).problems())
        .containsExactly(SkillProblem.NAME_JA_TOO_LONG, SkillProblem.NAME_EN_TOO_LONG);
  }

  @Test
  void namesTheFieldAndMessageOfEachProblem() {
    assertThat(SkillProblem.NAME_JA_REQUIRED.field()).isEqualTo("nameJa");
    assertThat(SkillProblem.ID_TAKEN.getMessageKey()).isEqualTo("skill.error.ID_TAKEN");
  }
}
