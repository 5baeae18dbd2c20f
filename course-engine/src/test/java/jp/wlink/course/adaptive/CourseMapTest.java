package jp.wlink.course.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CourseMapTest {

  @Test
  void keepsEachSkillsItemsSortedByDifficulty() {
    CourseMap course =
        CourseMap.builder(1)
            .skill("pumps", 1)
            .item(3, "pumps", 1.5)
            .item(1, "pumps", -2)
            .item(2, "pumps", 0.3)
            .build();

    SkillItems items = course.items(course.indexOf("pumps"));

    assertThat(new long[] {items.id(0), items.id(1), items.id(2)}).containsExactly(1, 2, 3);
    assertThat(course.itemCount("pumps")).isEqualTo(3);
  }

  @Test
  void knowsEachSkillsLevelAndTheHighestLevel() {
    CourseMap course = CourseFixture.waterTreatment();

    assertThat(course.levelOf(CourseFixture.FILTRATION)).contains(2);
    assertThat(course.levelOf("unknown")).isEmpty();
    assertThat(course.maxLevel()).isEqualTo(2);
  }

  @Test
  void rejectsPrerequisitesThatLoop() {
    CourseMapBuilder looping =
        CourseMap.builder(1).skill("a", 1, "c").skill("b", 1, "a").skill("c", 1, "b");

    assertThatThrownBy(looping::build).hasMessageContaining("loop");
  }

  @Test
  void rejectsAnUnknownSkill() {
    assertThatThrownBy(() -> CourseMap.builder(1).skill("a", 1).lesson(5, "b"))
        .hasMessageContaining("unknown skill b");
    assertThatThrownBy(() -> CourseMap.builder(1).skill("a", 1, "z").build())
        .hasMessageContaining("unknown skill z");
  }

  @Test
  void rejectsDuplicatesAndLevelsOutsideOneToFive() {
    assertThatThrownBy(() -> CourseMap.builder(1).skill("a", 1).item(1, "a", 0).item(1, "a", 1))
        .hasMessageContaining("item 1");
    assertThatThrownBy(() -> CourseMap.builder(1).skill("a", 6)).hasMessageContaining("level 6");
  }
}
