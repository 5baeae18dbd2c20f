package jp.wlink.course.catalogue;

import static jp.wlink.course.catalogue.Courses.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseTest {

  @Test
  void movesAUnitDownAndShiftsTheOnesBetweenUp() {
    Course course = Courses.withUnits("A", "B", "C", "D");

    course.moveUnit(0, 2, NOW);

    assertThat(Courses.unitTitles(course)).containsExactly("B", "C", "A", "D");
    assertThat(course.getUnits()).extracting(CourseUnit::getPosition).containsExactly(0, 1, 2, 3);
  }

  @Test
  void movesAUnitUp() {
    Course course = Courses.withUnits("A", "B", "C");

    course.moveUnit(2, 0, NOW);

    assertThat(Courses.unitTitles(course)).containsExactly("C", "A", "B");
  }

  @Test
  void refusesAMoveOutsideTheList() {
    Course course = Courses.withUnits("A", "B");

    assertThatThrownBy(() -> course.moveUnit(0, 2, NOW))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(Courses.unitTitles(course)).containsExactly("A", "B");
  }

  @Test
  void movesALessonWithinItsUnit() {
    Course course = Courses.withUnits("A");
    CourseUnit unit = course.getUnits().get(0);
    unit.addLesson(Courses.lesson("A-2"));
    unit.addLesson(Courses.lesson("A-3"));

    unit.moveLesson(2, 0);

    assertThat(unit.getLessons()).extracting(Lesson::getTitle).containsExactly("A-3", "A-1", "A-2");
    assertThat(unit.getLessons()).extracting(Lesson::getPosition).containsExactly(0, 1, 2);
  }

  @Test
  void removingAUnitRenumbersTheRestAndDropsItAsAPrerequisite() {
    Course course = Courses.withUnits("A", "B", "C");
    CourseUnit first = course.getUnits().get(0);
    CourseUnit third = course.getUnits().get(2);
    third.requireOnly(Set.of(first));

    course.removeUnit(first, NOW);

    assertThat(Courses.unitTitles(course)).containsExactly("B", "C");
    assertThat(course.getUnits()).extracting(CourseUnit::getPosition).containsExactly(0, 1);
    assertThat(third.getPrerequisites()).isEmpty();
  }

  @Test
  void refusesAPrerequisiteThatWouldMakeAUnitRequireItself() {
    Course course = Courses.withUnits("A", "B", "C");
    CourseUnit a = course.getUnits().get(0);
    CourseUnit b = course.getUnits().get(1);
    CourseUnit c = course.getUnits().get(2);
    b.requireOnly(Set.of(a));
    c.requireOnly(Set.of(b));

    assertThatThrownBy(() -> a.requireOnly(Set.of(c))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.requireOnly(Set.of(a))).isInstanceOf(IllegalArgumentException.class);
    assertThat(a.getPrerequisites()).isEmpty();
    assertThat(c.dependsOn(a)).isTrue();
  }

  @Test
  void refusesAPrerequisiteFromAnotherCourse() {
    CourseUnit here = Courses.withUnits("A").getUnits().get(0);
    CourseUnit elsewhere = Courses.withUnits("X").getUnits().get(0);

    assertThatThrownBy(() -> here.requireOnly(Set.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUnitIsOpenOnceEveryUnitItRequiresIsComplete() {
    Course course = Courses.withUnits("A", "B");
    CourseUnit b = course.getUnits().get(1);
    b.requireOnly(Set.of(course.getUnits().get(0)));

    assertThat(Prerequisites.isOpen(course.getUnits().get(0), Set.of())).isTrue();
    assertThat(Prerequisites.isOpen(b, Set.of())).isFalse();
  }

  @Test
  void publishingMakesTheCourseVisibleAndWithdrawingHidesItAgain() {
    Course course = Courses.withUnits("A");

    course.publish(NOW, Courses.NAMED_SKILLS);
    assertThat(course.isPublished()).isTrue();
    assertThat(course.getPublishedAt()).contains(NOW);

    course.withdraw(NOW);
    assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
  }

  @Test
  void refusesToPublishACourseWithoutALesson() {
    Course course = Courses.draft();
    course.addUnit(Courses.unit("A"), NOW);

    assertThatThrownBy(() -> course.publish(NOW, Courses.NAMED_SKILLS))
        .isInstanceOfSatisfying(
            NotPublishableException.class,
            e -> assertThat(e.problems()).containsExactly(PublishProblem.UNIT_WITHOUT_LESSON));
    assertThat(course.isPublished()).isFalse();
  }
}
