package jp.wlink.course.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetailsTest {

  @Test
  void stripsTitlesAndDropsRepeatedSkills() {
    LessonDetails lesson =
        new LessonDetails("  ろ過  ", "<p>x</p>", 2, 15, List.of("josui.a", "josui.a"), 3);

    assertThat(lesson.title()).isEqualTo("ろ過");
    assertThat(lesson.skills()).containsExactly("josui.a");
    assertThat(lesson.hasPractice()).isTrue();
  }

  @Test
  void refusesLevelsOutsideOneToFive() {
    assertThatThrownBy(() -> new CourseDetails("t", "", 6, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SkillLevel("josui.a", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesSkillIdsThatTheQuestionBankCouldNotTag() {
    assertThat(Skills.isValid("josui.coagulation")).isTrue();
    assertThat(Skills.isValid("Josui Coagulation")).isFalse();
    assertThat(Skills.isValid("josui..a")).isFalse();
  }

  @Test
  void aCheckpointNeedsSkillsToDrawFrom() {
    assertThatThrownBy(() -> new UnitDetails("u", "", List.of(), 5, 60))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(UnitDetails.withoutCheckpoint("u", "").hasCheckpoint()).isFalse();
  }

  @Test
  void courseCodesAreUpperCaseWordsJoinedByDashes() {
    assertThat(CourseCodes.isValid("JOSUI-101")).isTrue();
    assertThat(CourseCodes.isValid("josui-101")).isFalse();
    assertThat(CourseCodes.isValid("JOSUI--1")).isFalse();
  }
}
