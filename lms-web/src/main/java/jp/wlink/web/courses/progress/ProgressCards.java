package jp.wlink.web.courses.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.Lesson;
import jp.wlink.course.certificate.Certificate;
import jp.wlink.course.certificate.Certificates;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.enrolment.LessonCompletion;
import jp.wlink.course.enrolment.StudyRecords;
import jp.wlink.course.progress.Pace;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.course.progress.StudyCounts;

/** Builds the progress cards of a learner's enrolments for their own page and the officer's. */
@ApplicationScoped
public class ProgressCards {
  @PersistenceContext(unitName = "wlink")
  private EntityManager em;

  @Inject private Enrolments enrolments;
  @Inject private StudyRecords records;
  @Inject private Certificates certificates;
  @Inject private Clock clock;

  /** The learner's enrolments, newest first; withdrawn ones only when asked for. */
  public List<ProgressCard> of(long learnerId, RiskRule risk, boolean withWithdrawn) {
    Instant now = clock.instant();
    Map<Long, Certificate> issued = new HashMap<>();
    for (Certificate certificate : certificates.ofLearner(learnerId)) {
      issued.put(certificate.getEnrolmentId(), certificate);
    }
    List<ProgressCard> cards = new ArrayList<>();
    for (Enrolment enrolment : enrolments.ofLearner(learnerId)) {
      if (withWithdrawn || enrolment.getStatus() != EnrolmentStatus.WITHDRAWN) {
        cards.add(card(enrolment, issued.get(enrolment.getId()), risk, now));
      }
    }
    return cards;
  }

  private ProgressCard card(
      Enrolment enrolment, Certificate certificate, RiskRule risk, Instant now) {
    StudyCounts counts = records.counts(enrolment);
    Course course = em.find(Course.class, enrolment.getCourseId());
    int expected =
        enrolment
            .deadline()
            .map(day -> (int) (Pace.expectedShare(enrolment.getEnrolledAt(), day, now) * 100))
            .orElse(-1);
    return new ProgressCard(
        enrolment.getId(),
        enrolment.getCourseId(),
        course.getTitle(),
        enrolment.getStatus(),
        counts.lessonsDone(),
        counts.lessonsTotal(),
        counts.checkpointsPassed(),
        counts.checkpointsTotal(),
        enrolment.getStudySeconds(),
        enrolment.getEnrolledAt(),
        enrolment.lastActivityAt().orElse(null),
        enrolment.deadline().orElse(null),
        expected,
        risk.assess(
            enrolment.isActive(),
            enrolment.getEnrolledAt(),
            enrolment.lastActivityAt(),
            enrolment.onPaceUntil(),
            now),
        completed(enrolment),
        certificate == null ? null : certificate.code().value(),
        certificate == null ? null : certificate.expiresOn().orElse(null));
  }

  private List<ProgressCard.CompletedLesson> completed(Enrolment enrolment) {
    List<ProgressCard.CompletedLesson> lessons = new ArrayList<>();
    for (LessonCompletion completion : records.completions(enrolment.getId())) {
      Lesson lesson = em.find(Lesson.class, completion.getLessonId());
      String title = lesson == null ? "" : lesson.getTitle();
      lessons.add(new ProgressCard.CompletedLesson(title, completion.getCompletedAt()));
    }
    return lessons;
  }

  public int streak(long learnerId) {
    return records.streak(learnerId);
  }

  /** For tests outside a container. */
  ProgressCards(
      EntityManager em,
      Enrolments enrolments,
      StudyRecords records,
      Certificates certificates,
      Clock clock) {
    this.em = Objects.requireNonNull(em);
    this.enrolments = enrolments;
    this.records = records;
    this.certificates = certificates;
    this.clock = clock;
  }

  protected ProgressCards() {}
}
