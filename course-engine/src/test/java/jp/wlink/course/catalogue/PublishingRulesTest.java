package jp.wlink.course.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishingRulesTest {

  @Test
  void findsNothingMissingInACourseWhoseUnitsAllHaveLessons() {
    assertThat(PublishingRules.check(Courses.withUnits("A", "B"), Courses.NAMED_SKILLS)).isEmpty();
  }

  @Test
  void aCourseWithoutUnitsCannotBePublished() {
    assertThat(PublishingRules.check(Courses.draft(), Courses.NAMED_SKILLS))
        .containsExactly(PublishProblem.NO_UNITS);
  }

  @Test
  void aLessonWithoutABodyCannotBePublished() {
    Course course = Courses.withUnits("A");
    course.getUnits().get(0).addLesson(new LessonDetails("空", " ", 1, 5, List.of(), 0));

    assertThat(PublishingRules.check(course, Courses.NAMED_SKILLS))
        .containsExactly(PublishProblem.LESSON_WITHOUT_BODY);
  }

  @Test
  void everySkillWithoutANameInTheCatalogueIsAProblemOfItsOwn() {
    Course course = Courses.withUnits("A");
    course.getUnits().get(0).addLesson(lesson(List.of("josui.filtration", "josui.unnamed")));
    course.getUnits().get(0).addLesson(lesson(List.of("josui.nameless", "josui.unnamed")));

    assertThat(PublishingRules.check(course, Courses.NAMED_SKILLS))
        .containsExactly(
            PublishProblem.unnamedSkill("josui.unnamed"),
            PublishProblem.unnamedSkill("josui.nameless"));
    assertThatThrownBy(() -> course.publish(Instant.EPOCH, Courses.NAMED_SKILLS))
        .isInstanceOf(NotPublishableException.class);
    assertThat(PublishingRules.check(course, Set.of("josui.filtration", "josui.unnamed")))
        .containsExactly(PublishProblem.unnamedSkill("josui.nameless"));
  }

  private static LessonDetails lesson(List<String> skills) {
    return new LessonDetails("ろ過の授業", "<p>本文</p>", 1, 5, skills, 0);
  }
}
