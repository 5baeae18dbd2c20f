package jp.wlink.course.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.wlink.course.adaptive.CourseMap;
import jp.wlink.course.learning.CourseShape.LessonShape;
import jp.wlink.course.learning.CourseShape.UnitShape;
import org.junit.jupiter.api.Test;

class CourseMappingTest {
  private static final CourseShape TWO_UNITS =
      new CourseShape(
          1,
          2,
          Map.of("josui.coagulation", 1),
          List.of(
              new UnitShape(
                  10,
                  Set.of(),
                  List.of("josui.coagulation"),
                  List.of(
                      new LessonShape(100, 1, List.of("josui.coagulation")),
                      new LessonShape(101, 1, List.of()))),
              new UnitShape(
                  20,
                  Set.of(10L),
                  List.of(),
                  List.of(
                      new LessonShape(200, 3, List.of("josui.filtration", "josui.coagulation"))))));

  @Test
  void filesSkillsUnderTheirFirstUnitWithLevelsFromTheCourseOrTheirLesson() {
    CourseMap map = CourseMapping.map(TWO_UNITS, skill -> List.of(), (item, skill) -> 0.0);

    assertThat(map.skillIds()).containsExactly("josui.coagulation", "josui.filtration");
    assertThat(map.levelOf("josui.coagulation")).contains(1);
    assertThat(map.levelOf("josui.filtration")).contains(3);
  }

  @Test
  void filesAnItemSharedBySkillsUnderTheFirstOnly() {
    CourseMap map =
        CourseMapping.map(
            TWO_UNITS,
            skill -> skill.equals("josui.coagulation") ? List.of(5L, 6L) : List.of(6L, 7L),
            (item, skill) -> item);

    assertThat(map.itemCount("josui.coagulation")).isEqualTo(2);
    assertThat(map.itemCount("josui.filtration")).isEqualTo(1);
  }
}
