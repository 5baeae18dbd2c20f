package jp.wlink.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jp.wlink.course.skills.SkillProblem;
import org.junit.jupiter.api.Test;

/** Every refusal of the skill catalogue has its message, which the page scan cannot see. */
class SkillMessageKeysTest {
  @Test
  void everySkillProblemHasAMessageInBothLanguages() {
    for (SkillProblem problem : SkillProblem.values()) {
      assertThat(Bundles.load("ja")).containsKey(problem.getMessageKey());
      assertThat(Bundles.load("en")).containsKey(problem.getMessageKey());
    }
  }
}
