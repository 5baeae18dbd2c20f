package jp.wlink.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import jp.wlink.course.catalogue.Skills;
import jp.wlink.course.track.CareerJob;
import jp.wlink.question.content.QuestionStatus;
import jp.wlink.question.format.ImportReport;
import jp.wlink.question.format.ImportedQuestion;
import jp.wlink.question.text.RichTextSanitiser;
import jp.wlink.web.demo.DemoCourse.Lesson;
import jp.wlink.web.demo.DemoCourse.Unit;
import org.junit.jupiter.api.Test;

class DemoCoursesTest {
  private static final DemoCourse COURSE = DemoCoursePlan.JOSUI_KISO;

  private final ImportReport questions =
      new DemoQuestions(DemoQuestionsTest.BLUEPRINTS)
          .readCourseFile(DemoCoursePlan.QUESTIONS, COURSE.certification());

  @Test
  void theRealCourseHasFiveUnitsOfTwoOrThreeLessonsEachWithACheckpoint() {
    assertThat(COURSE.units()).hasSize(5);
    assertThat(COURSE.units())
        .allSatisfy(
            unit -> {
              assertThat(unit.lessons()).hasSizeBetween(2, 3);
              assertThat(unit.checkpointCount()).isPositive();
            });
  }

  @Test
  void readsThePracticeQuestionsWithoutAProblemAndTiesThemToTheirUnitAndTheCoursesCertification() {
    assertThat(questions.problems()).isEmpty();
    assertThat(questions.questions())
        .allSatisfy(
            q -> {
              assertThat(q.metadata().certification()).contains("SUIDO_SHISETSU_3");
              assertThat(q.metadata().subject())
                  .hasValueSatisfying(s -> assertThat(s).startsWith("第"));
              assertThat(q.metadata().status()).isEqualTo(QuestionStatus.PUBLISHED);
              assertThat(q.metadata().skills()).isNotEmpty().allMatch(COURSE.skills()::contains);
              assertThat(q.content().explanation().text()).isNotBlank();
            });
  }

  @Test
  void theRealCoursePreparesForTheWaterTreatmentCertification() {
    assertThat(COURSE.certification()).contains("SUIDO_SHISETSU_3");
  }

  @Test
  void everyUnitHasAtLeastSixQuestionsAndEnoughForItsCheckpoint() {
    for (Unit unit : COURSE.units()) {
      long available = questionsOn(unit.skills());

      assertThat(available).as(unit.title()).isGreaterThanOrEqualTo(6);
      assertThat(available).as(unit.title()).isGreaterThanOrEqualTo(unit.checkpointCount());
    }
  }

  @Test
  void everyLessonHasEnoughQuestionsForItsPractice() {
    for (Unit unit : COURSE.units()) {
      for (Lesson lesson : unit.lessons()) {
        assertThat(questionsOn(lesson.skills()))
            .as(lesson.title())
            .isGreaterThanOrEqualTo(lesson.practiceCount());
      }
    }
  }

  @Test
  void lessonBodiesExistAndKeepTheirTextWhenSanitised() {
    RichTextSanitiser sanitiser = new RichTextSanitiser();
    for (Unit unit : COURSE.units()) {
      for (Lesson lesson : unit.lessons()) {
        String body = lesson.read(DemoCoursePlan.FOLDER);

        assertThat(sanitiser.plainText(sanitiser.sanitise(body)))
            .as(lesson.body())
            .isEqualTo(sanitiser.plainText(body))
            .hasSizeGreaterThan(400);
      }
    }
  }

  @Test
  void skillIdsAreOnesTheBankAcceptsAndPrerequisitesPointBackwards() {
    assertThat(COURSE.skills()).allMatch(Skills::isValid);
    for (int number = 1; number <= COURSE.units().size(); number++) {
      int current = number;
      assertThat(COURSE.units().get(number - 1).requires()).allMatch(n -> n < current);
    }
  }

  @Test
  void everyCareerTrackHasACourse() {
    Map<CareerJob, Long> perTrack =
        DemoCoursePlan.COURSES.stream()
            .flatMap(course -> course.tracks().stream())
            .collect(Collectors.groupingBy(job -> job, Collectors.counting()));

    assertThat(perTrack).containsOnlyKeys(CareerJob.values());
  }

  private long questionsOn(Collection<String> skills) {
    return questions.questions().stream()
        .map(ImportedQuestion::metadata)
        .filter(m -> m.skills().stream().anyMatch(skills::contains))
        .count();
  }
}
