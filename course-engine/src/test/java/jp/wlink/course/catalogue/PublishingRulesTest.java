package jp.wlink.course.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishingRulesTest {

  @Test
  void findsNothingMissingInACourseWhoseUnitsAllHaveLessons() {
    assertThat(PublishingRules.check(Courses.withUnits("A", "B"))).isEmpty();
  }

  @Test
  void aCourseWithoutUnitsCannotBePublished() {
    assertThat(PublishingRules.check(Courses.draft())).containsExactly(PublishProblem.NO_UNITS);
  }

  @Test
  void aLessonWithoutABodyCannotBePublished() {
    Course course = Courses.withUnits("A");
    course.getUnits().get(0).addLesson(new LessonDetails("空", " ", 1, 5, List.of(), 0));

    assertThat(PublishingRules.check(course)).containsExactly(PublishProblem.LESSON_WITHOUT_BODY);
  }
}
