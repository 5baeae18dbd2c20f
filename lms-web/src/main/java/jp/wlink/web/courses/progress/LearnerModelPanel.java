package jp.wlink.web.courses.progress;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.wlink.course.adaptive.ActivityKind;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.enrolment.Enrolment;
import jp.wlink.course.enrolment.EnrolmentStatus;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.learning.LearningRecord;
import jp.wlink.course.learning.NextActivities;
import jp.wlink.course.learning.Recommendation;
import jp.wlink.course.progress.Pace;
import jp.wlink.question.exam.PracticeSpec;
import jp.wlink.web.courses.PracticeStarter;
import jp.wlink.web.courses.SkillNames;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * The learner model's part of the learner's progress page: for each course they study, the next
 * recommended activity with its reason, their level and the mastery of each skill; and how many
 * reviews fall due today.
 */
@Named
@ViewScoped
public class LearnerModelPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Questions in a practice quiz started from a recommendation. */
  static final int PRACTICE_QUESTIONS = 5;

  /** The form of the next activities, whose messages show the outcome of a promotion. */
  private static final String NEXT_FORM = "nextForm";

  @Inject private CurrentAccount currentAccount;
  @Inject private Enrolments enrolments;
  @Inject private CourseCatalogue catalogue;
  @Inject private NextActivities nextActivities;
  @Inject private LearningRecord learningRecord;
  @Inject private PracticeStarter practiceStarter;
  @Inject private Messages messages;
  @Inject private SkillNames skillNames;
  @Inject private Clock clock;

  private ArrayList<CourseAdvice> courses;
  private long reviewsDueToday;

  @PostConstruct
  void load() {
    long learner = learner();
    courses = new ArrayList<>();
    for (Enrolment enrolment : enrolments.ofLearner(learner)) {
      if (enrolment.getStatus() != EnrolmentStatus.ACTIVE) {
        continue;
      }
      String title = catalogue.find(enrolment.getCourseId()).map(Course::getTitle).orElse("");
      nextActivities
          .recommend(learner, enrolment.getCourseId())
          .map(r -> CourseAdvice.of(title, r, reason(r.next()), promotionBeside(r)))
          .ifPresent(courses::add);
    }
    reviewsDueToday = learningRecord.reviewsDueBy(learner, endOfToday());
  }

  /** Starts a practice quiz on the recommended item's skill. */
  public String practise(CourseAdvice advice) {
    return practiceStarter.start(PracticeSpec.skills(List.of(advice.skill()), PRACTICE_QUESTIONS));
  }

  /** Accepts the promotion the policy offers on the advice's course, refused when none is. */
  public void acceptPromotion(CourseAdvice advice) {
    nextActivities
        .acceptPromotion(learner(), advice.courseId())
        .ifPresentOrElse(
            level -> messages.infoFor(NEXT_FORM, "course.next.promoted", level),
            () -> messages.error(NEXT_FORM, "course.next.promotionGone"));
    load();
  }

  /** The promotion's sentence when one is earned but another activity comes first, else "". */
  private String promotionBeside(Recommendation recommendation) {
    return recommendation
        .promotion()
        .filter(p -> recommendation.next().kind() != ActivityKind.PROMOTION)
        .map(this::reason)
        .orElse("");
  }

  private String reason(jp.wlink.course.adaptive.NextActivity next) {
    return messages.text(next.reason().messageKey(), skillNames.named(next.arguments()));
  }

  private Instant endOfToday() {
    LocalDate today = clock.instant().atZone(Pace.JAPAN).toLocalDate();
    return today.plusDays(1).atStartOfDay(Pace.JAPAN).toInstant();
  }

  private long learner() {
    return currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
  }

  public List<CourseAdvice> getCourses() {
    return courses;
  }

  public long getReviewsDueToday() {
    return reviewsDueToday;
  }
}
