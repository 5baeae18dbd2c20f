package jp.wlink.web.courses.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.enrolment.EnrolmentRefused;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.enrolment.StudyRecords;
import jp.wlink.course.enrolment.StudyTime;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * The learner's part of the course and lesson pages: enrol on the course, and mark a lesson
 * completed, which also records the time since the lesson was opened as study (at most two hours,
 * so that a tab left open overnight counts as no more).
 */
@Named
@ViewScoped
public class StudyPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentAccount currentAccount;
  @Inject private Enrolments enrolments;
  @Inject private StudyRecords records;
  @Inject private CourseCatalogue catalogue;
  @Inject private Messages messages;
  @Inject private Clock clock;

  private Instant opened;

  public boolean enrolled(long courseId) {
    return enrolment(courseId).map(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN).orElse(false);
  }

  public boolean completedCourse(long courseId) {
    return enrolment(courseId).map(e -> e.getStatus() == EnrolmentStatus.COMPLETED).orElse(false);
  }

  public void enrol(long courseId) {
    try {
      enrolments.enrolSelf(courseId, learner());
      messages.info("study.enrolled");
    } catch (EnrolmentRefused refused) {
      messages.error(null, "study.notOpen");
    }
  }

  /** Whether the lesson is completed; also starts the study clock on the lesson's first view. */
  public boolean lessonDone(long lessonId) {
    if (opened == null) {
      opened = clock.instant();
    }
    return courseOf(lessonId)
        .flatMap(this::enrolment)
        .map(
            e -> records.completions(e.getId()).stream().anyMatch(c -> c.getLessonId() == lessonId))
        .orElse(false);
  }

  public boolean enrolledForLesson(long lessonId) {
    return courseOf(lessonId).map(this::enrolled).orElse(false);
  }

  // LIMITATION: study time is counted from opening the lesson page to marking it completed; time
  // spent on a lesson that is never marked, or in the practice quiz, is not recorded.
  public void complete(long lessonId) {
    long learner = learner();
    Instant now = clock.instant();
    Instant start = opened == null ? now.minusSeconds(1) : opened;
    long seconds =
        Math.max(1, Math.min(StudyTime.MAX_SECONDS, Duration.between(start, now).toSeconds()));
    records.recordStudy(learner, lessonId, now.minusSeconds(seconds), (int) seconds);
    records.completeLesson(learner, lessonId);
    opened = now;
    messages.info("study.lessonCompleted");
  }

  private Optional<Long> courseOf(long lessonId) {
    return catalogue.lesson(lessonId).map(Lesson::getUnit).map(u -> u.getCourse().getId());
  }

  private Optional<Enrolment> enrolment(long courseId) {
    return currentAccount.id().flatMap(learner -> enrolments.of(learner, courseId));
  }

  private long learner() {
    return currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
  }
}
