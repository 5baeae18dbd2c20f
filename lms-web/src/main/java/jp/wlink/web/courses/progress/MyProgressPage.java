package jp.wlink.web.courses.progress;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.wlink.course.catalogue.Course;
import jp.wlink.course.catalogue.CourseCatalogue;
import jp.wlink.course.enrolment.EnrolmentRefused;
import jp.wlink.course.enrolment.Enrolments;
import jp.wlink.course.progress.Pace;
import jp.wlink.course.progress.RiskRule;
import jp.wlink.web.i18n.Messages;
import jp.wlink.web.security.CurrentAccount;

/**
 * A learner's own progress: completion per course, study time, streak and deadlines, their
 * certificates, and the published courses they may enrol on themselves. The learner model's parts
 * (mastery per skill, readiness, the next activity) join this page in their own section.
 */
@Named
@ViewScoped
public class MyProgressPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentAccount currentAccount;
  @Inject private ProgressCards progress;
  @Inject private Enrolments enrolments;
  @Inject private CourseCatalogue catalogue;
  @Inject private Messages messages;
  @Inject private Clock clock;

  private ArrayList<ProgressCard> cards;
  private ArrayList<OfficerTablePage.OfficerChoice> open;
  private int streak;
  private long studySeconds;

  @PostConstruct
  void load() {
    long learner = learner();
    cards =
        new ArrayList<>(progress.of(learner, new RiskRule(RiskRule.DEFAULT_INACTIVE_DAYS), false));
    streak = progress.streak(learner);
    studySeconds = cards.stream().mapToLong(ProgressCard::studySeconds).sum();
    Set<Long> enrolled = enrolments.coursesOf(learner);
    open = new ArrayList<>();
    for (Course course : catalogue.published(Optional.empty())) {
      if (!enrolled.contains(course.getId())) {
        open.add(new OfficerTablePage.OfficerChoice(course.getId(), course.getTitle()));
      }
    }
  }

  public void enrol(OfficerTablePage.OfficerChoice course) {
    try {
      enrolments.enrolSelf(course.id(), learner());
      messages.info("progress.mine.enrolled", course.name());
    } catch (EnrolmentRefused refused) {
      messages.error(null, "progress.mine.notOpen", course.name());
    }
    load();
  }

  public void withdraw(ProgressCard card) {
    if (cards.stream().noneMatch(c -> c.enrolmentId() == card.enrolmentId())) {
      throw new SecurityException("Enrolment " + card.enrolmentId() + " is not yours");
    }
    enrolments.withdraw(card.enrolmentId(), learner());
    messages.info("progress.mine.withdrawn", card.courseTitle());
    load();
  }

  /** Days left to the deadline (0 on the day itself, negative once past). */
  public long daysLeft(ProgressCard card) {
    LocalDate today = clock.instant().atZone(Pace.JAPAN).toLocalDate();
    return ChronoUnit.DAYS.between(today, card.deadline());
  }

  private long learner() {
    return currentAccount.id().orElseThrow(() -> new SecurityException("Nobody is logged in"));
  }

  public List<ProgressCard> getCards() {
    return cards;
  }

  public List<OfficerTablePage.OfficerChoice> getOpen() {
    return open;
  }

  public int getStreak() {
    return streak;
  }

  public long getStudySeconds() {
    return studySeconds;
  }
}
